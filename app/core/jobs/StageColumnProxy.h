#pragma once

#include <QAbstractProxyModel>
#include <QVector>
#include <memory>

class StageRowKeys;

// One column of the board: the applications in one stage, newest in the stage
// first. Dropping cards on it asks for them to move here; the proxy only
// reports the drop (droppedIntoStage) so the view's owner can push the
// undoable command.
//
// Its rows come from StageRowKeys, which the board's columns share: one read
// of the source per change, one scan and sort per column. Nine sorting filter
// proxies each walked and sorted 20,000 rows through the proxy chain, most of
// the Applications tab's first visit. Any change of the source is passed on as
// one layout change, the persistent indexes (selection, current card) kept by
// application id.
class StageColumnProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit StageColumnProxy(const QString& stage, QObject* parent = nullptr);
    ~StageColumnProxy() override;

    QString stage() const { return m_stage; }
    // Keys shared with the other columns, made for the source this proxy will
    // get (and before it gets it). Without them, or for another source, the
    // proxy makes its own.
    void setRowKeys(const StageRowKeys* keys) { m_sharedKeys = keys; }

    void setSourceModel(QAbstractItemModel* source) override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void droppedIntoStage(const QVector<qint64>& ids, const QString& stage);

private:
    struct Saved
    {
        QModelIndex from;
        qint64 id;
        int column;
    };
    // Around a change of the source: what the views hold is noted by id before,
    // and found again after.
    void beginChange();
    void endChange();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    void readRows();

    const StageRowKeys* keys() const;

    QString m_stage;
    const StageRowKeys* m_sharedKeys = nullptr;
    std::unique_ptr<StageRowKeys> m_ownKeys;
    QVector<int> m_rows;       // proxy row -> source row
    QVector<qint64> m_ids;     // proxy row -> application id
    QVector<int> m_proxyRowOf; // source row -> proxy row, -1 when in another stage
    QVector<Saved> m_saved;
    int m_changing = 0; // nested "about to" signals of the source
};
