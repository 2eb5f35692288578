#include "StageColumnProxy.h"

#include "core/jobs/ApplicationModel.h"
#include "core/jobs/StageRowKeys.h"

#include <QHash>
#include <QMimeData>
#include <algorithm>

StageColumnProxy::StageColumnProxy(const QString& stage, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_stage(stage)
{}

StageColumnProxy::~StageColumnProxy() = default;

const StageRowKeys* StageColumnProxy::keys() const
{
    return m_ownKeys ? m_ownKeys.get() : m_sharedKeys;
}

void StageColumnProxy::setSourceModel(QAbstractItemModel* source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    if (QAbstractItemModel* old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_ownKeys.reset();
    m_changing = 0;
    m_saved.clear();
    if (source) {
        // Keys made here connect to the source before this proxy does, so they
        // are fresh by the time any slot below reads them.
        if (!m_sharedKeys || m_sharedKeys->source() != source)
            m_ownKeys = std::make_unique<StageRowKeys>(source);
        for (auto about : {&QAbstractItemModel::rowsAboutToBeInserted,
                           &QAbstractItemModel::rowsAboutToBeRemoved})
            connect(source, about, this, &StageColumnProxy::beginChange);
        for (auto done : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(source, done, this, &StageColumnProxy::endChange);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &StageColumnProxy::beginChange);
        connect(source, &QAbstractItemModel::rowsMoved, this, &StageColumnProxy::endChange);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &StageColumnProxy::beginChange);
        connect(source, &QAbstractItemModel::layoutChanged, this, &StageColumnProxy::endChange);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &StageColumnProxy::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            m_changing = 0;
            m_saved.clear();
            readRows();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this,
                &StageColumnProxy::sourceDataChanged);
    }
    readRows();
    endResetModel();
}

void StageColumnProxy::readRows()
{
    m_rows.clear();
    m_ids.clear();
    m_proxyRowOf.clear();
    const StageRowKeys* k = keys();
    if (!sourceModel() || !k)
        return;
    m_rows = k->rowsIn(m_stage);
    m_ids.reserve(m_rows.size());
    m_proxyRowOf.fill(-1, sourceModel()->rowCount());
    for (int row = 0; row < m_rows.size(); ++row) {
        const StageRowKeys::Key* key = k->at(m_rows[row]);
        m_ids.append(key ? key->id : 0);
        if (m_rows[row] < m_proxyRowOf.size())
            m_proxyRowOf[m_rows[row]] = row;
    }
}

void StageColumnProxy::beginChange()
{
    if (m_changing++ > 0)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList held = persistentIndexList();
    m_saved.clear();
    m_saved.reserve(held.size());
    for (const QModelIndex& index : held)
        m_saved.append({index, m_ids.value(index.row()), index.column()});
}

void StageColumnProxy::endChange()
{
    if (m_changing == 0 || --m_changing > 0)
        return;
    readRows();
    QHash<qint64, int> rowOf;
    rowOf.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        rowOf.insert(m_ids[row], row);
    QModelIndexList from;
    QModelIndexList to;
    from.reserve(m_saved.size());
    to.reserve(m_saved.size());
    for (const Saved& s : std::as_const(m_saved)) {
        const int row = rowOf.value(s.id, -1);
        from.append(s.from);
        to.append(row >= 0 ? createIndex(row, s.column) : QModelIndex());
    }
    m_saved.clear();
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StageColumnProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                         const QList<int>& roles)
{
    if (m_changing > 0)
        return; // the layout change under way reads every row afterwards
    const StageRowKeys* k = keys();
    if (!k)
        return;
    // Still the same cards in the same order (a note or a date edited, not
    // the stage): only their rows are repainted.
    if (k->rowsIn(m_stage) == m_rows) {
        int first = -1;
        int last = -1;
        for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
            const int row = m_proxyRowOf.value(source, -1);
            if (row < 0)
                continue;
            first = first < 0 ? row : std::min(first, row);
            last = std::max(last, row);
        }
        if (first >= 0)
            emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                             roles);
        return;
    }
    beginChange();
    endChange();
}

QModelIndex StageColumnProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex StageColumnProxy::parent(const QModelIndex&) const
{
    return {};
}

int StageColumnProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StageColumnProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex StageColumnProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex StageColumnProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid())
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

bool StageColumnProxy::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex StageColumnProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

Qt::ItemFlags StageColumnProxy::flags(const QModelIndex& index) const
{
    // Dropping on a card or on the empty part of the column both count.
    return QAbstractProxyModel::flags(index) | Qt::ItemIsDropEnabled;
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
