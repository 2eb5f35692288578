#include "StageColumnProxy.h"

#include "core/jobs/ApplicationModel.h"
#include "core/jobs/StageRowKeys.h"

#include <QMimeData>

StageColumnProxy::StageColumnProxy(const QString& stage, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_stage(stage)
{
    sort(0, Qt::AscendingOrder);
}

Qt::ItemFlags StageColumnProxy::flags(const QModelIndex& index) const
{
    // Dropping on a card or on the empty part of the column both count.
    return QSortFilterProxyModel::flags(index) | Qt::ItemIsDropEnabled;
}

Qt::DropActions StageColumnProxy::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool StageColumnProxy::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                       const QModelIndex&) const
{
    return data && data->hasFormat(ApplicationModel::MimeType);
}

bool StageColumnProxy::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex&)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QVector<qint64> ids = ApplicationModel::idsFromMime(data);
    if (ids.isEmpty())
        return false;
    emit droppedIntoStage(ids, m_stage);
    // The store moves the rows; returning false keeps the view from deleting
    // the dragged rows itself as a "move" would.
    return false;
}

bool StageColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // On the row itself, like lessThan: each column filters every application,
    // and a QVariant per row and column was most of the board's first build.
    if (m_keys && m_keys->source() == sourceModel()) {
        if (const StageRowKeys::Key* key = m_keys->at(sourceRow))
            return key->stage == m_stage;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (const Application* a = ApplicationModel::applicationAt(index))
        return a->stage == m_stage;
    return index.data(ApplicationModel::StageKeyRole) == m_stage;
}

bool StageColumnProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Newest in the stage first, then the newest entry.
    if (m_keys && m_keys->source() == sourceModel()) {
        const StageRowKeys::Key* l = m_keys->at(left.row());
        const StageRowKeys::Key* r = m_keys->at(right.row());
        if (l && r) {
            if (l->since != r->since)
                return l->since > r->since;
            return l->id > r->id;
        }
    }
    const Application* l = ApplicationModel::applicationAt(left);
    const Application* r = ApplicationModel::applicationAt(right);
    if (!l || !r)
        return false;
    if (l->stageSince != r->stageSince)
        return l->stageSince > r->stageSince;
    return l->id > r->id;
}
