#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QVector>

class QAbstractItemModel;

// What the board's stage columns filter and sort on — each row's stage, the day
// it entered it and its id — read once per change of the model they share,
// instead of once per column and comparison: nine columns over 20,000
// applications each walked every row through the proxy chain, most of the
// board's first build. Made before the columns' proxies take the same source,
// so its slots run first and a column never reads a stale key.
class StageRowKeys : public QObject
{
    Q_OBJECT
public:
    struct Key
    {
        QString stage;
        QDate since;
        qint64 id = 0;
    };

    explicit StageRowKeys(QAbstractItemModel* source, QObject* parent = nullptr);

    QAbstractItemModel* source() const { return m_source; }
    // Null for a row the source does not have.
    const Key* at(int sourceRow) const;
    // The source rows in one stage, as its board column lists them: newest in
    // the stage first, then the newest entry.
    QVector<int> rowsIn(const QString& stage) const;

private:
    void rebuild() const;
    void readRows(int first, int last) const;

    QAbstractItemModel* m_source;
    mutable QVector<Key> m_keys;
    mutable bool m_stale = true;
};
