#pragma once

#include <QSortFilterProxyModel>

class StageRowKeys;

// One column of the board: the applications in one stage, newest in the stage
// first. Dropping cards on it asks for them to move here; the proxy only
// reports the drop (droppedIntoStage) so the view's owner can push the
// undoable command.
class StageColumnProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StageColumnProxy(const QString& stage, QObject* parent = nullptr);

    QString stage() const { return m_stage; }
    // Keys shared by the board's columns, read once per change of the source
    // they were made for; without them (or on another source) each row is
    // looked up through the proxy chain.
    void setRowKeys(const StageRowKeys* keys) { m_keys = keys; }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void droppedIntoStage(const QVector<qint64>& ids, const QString& stage);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const StageRowKeys* m_keys = nullptr;
    QString m_stage;
};
