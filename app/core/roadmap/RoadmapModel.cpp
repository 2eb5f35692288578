#include "RoadmapModel.h"

#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>
#include <algorithm>

RoadmapModel::RoadmapModel(RoadmapStore& store, EditStack* undoStack, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_today([] { return QDate::currentDate(); })
{
    connectStore();
    reload();
}

RoadmapModel::RoadmapModel(RoadmapStore& store, EditStack* undoStack, QVector<RoadmapNode> nodes,
                           QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_today([] { return QDate::currentDate(); })
{
    connectStore();
    setNodes(std::move(nodes));
}

void RoadmapModel::connectStore()
{
    connect(&m_store, &RoadmapStore::rowsChanged, this, &RoadmapModel::onRowsChanged);
    connect(&m_store, &RoadmapStore::rowsInserted, this, &RoadmapModel::onRowsInserted);
    connect(&m_store, &RoadmapStore::rowsRemoved, this, &RoadmapModel::onRowsRemoved);
    connect(&m_store, &RoadmapStore::nodeMoved, this, &RoadmapModel::onNodeMoved);
    connect(&m_store, &RoadmapStore::reset, this, &RoadmapModel::onReset);
}

void RoadmapModel::onReset()
{
    reload();
    emit planChanged();
}

void RoadmapModel::reload()
{
    setNodes(m_store.loadAll());
}

void RoadmapModel::setNodes(QVector<RoadmapNode> nodes)
{
    beginResetModel();
    m_entries.clear();
    m_roots.clear();
    m_byId.clear();
    // Taken, not copied, and indexed without rehashing: the start-up builds
    // this from the worker's read of the whole plan before the first screen.
    m_entries.reserve(nodes.size());
    m_byId.reserve(nodes.size());
    for (RoadmapNode& n : nodes) {
        Entry e;
        e.node = std::move(n);
        const auto parent = m_byId.constFind(e.node.parentId);
        e.parent = (e.node.parentId != 0 && parent != m_byId.constEnd()) ? *parent : -1;
        const int index = int(m_entries.size());
        QVector<int>& siblings = e.parent >= 0 ? m_entries[e.parent].children : m_roots;
        e.row = int(siblings.size());
        siblings.append(index);
        m_byId.insert(e.node.id, index);
        m_entries.append(std::move(e));
    }
    recount();
    endResetModel();
}

QVector<int> RoadmapModel::planOrder() const
{
    QVector<int> order;
    order.reserve(m_byId.size());
    QVector<int> stack(m_roots.crbegin(), m_roots.crend());
    while (!stack.isEmpty()) {
        const int e = stack.takeLast();
        order.append(e);
        const QVector<int>& children = m_entries[e].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return order;
}

void RoadmapModel::recount()
{
    // In plan order children come after their parent, so one backward pass sums subtrees.
    // A skipped item is not part of the work left, so it leaves the denominator.
    const QVector<int> order = planOrder();
    for (const int i : order) {
        Entry& e = m_entries[i];
        e.items = e.node.isItem() && e.node.status != RoadmapNode::Status::Skipped ? 1 : 0;
        e.done = e.node.isItem() && e.node.status == RoadmapNode::Status::Done ? 1 : 0;
    }
    m_rootItems = 0;
    m_rootDone = 0;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const Entry& e = m_entries[*it];
        if (e.parent >= 0) {
            m_entries[e.parent].items += e.items;
            m_entries[e.parent].done += e.done;
        } else {
            m_rootItems += e.items;
            m_rootDone += e.done;
        }
    }
}

int RoadmapModel::entryOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return -1;
    return int(index.internalId());
}

QModelIndex RoadmapModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QVector<int>& children = parent.isValid() ? m_entries[entryOf(parent)].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex RoadmapModel::parent(const QModelIndex& child) const
{
    const int e = entryOf(child);
    if (e < 0)
        return {};
    const int p = m_entries[e].parent;
    if (p < 0)
        return {};
    return createIndex(m_entries[p].row, 0, quintptr(p));
}

int RoadmapModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_entries[entryOf(parent)].children.size());
}

int RoadmapModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool RoadmapModel::isOverdue(const Entry& e) const
{
    return e.node.dueDate.isValid() && e.node.dueDate < m_today() && e.items > e.done &&
           e.node.status != RoadmapNode::Status::Skipped;
}

QVariant RoadmapModel::data(const QModelIndex& index, int role) const
{
    const int i = entryOf(index);
    if (i < 0 || i >= m_entries.size())
        return {};
    const Entry& e = m_entries[i];
    const RoadmapNode& n = e.node;
    switch (role) {
    case Qt::EditRole:
        return index.column() == TitleColumn ? QVariant(n.title) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::ToolTipRole && !n.notes.isEmpty())
                return n.notes;
            return n.title;
        case ProgressColumn:
            if (n.isItem() && n.status == RoadmapNode::Status::Skipped)
                return tr("Skipped");
            if (n.isItem() && e.items == 1) {
                if (n.status == RoadmapNode::Status::Doing)
                    return tr("In progress");
                if (n.status == RoadmapNode::Status::Skipped)
                    return tr("Skipped");
                return {};
            }
            return e.items > 0 ? QCoreApplication::translate("RoadmapModel", "%1/%2 · %3%")
                                     .arg(e.done)
                                     .arg(e.items)
                                     .arg(e.done * 100 / e.items)
                               : QVariant();
        case StartColumn:
            return n.startDate.isValid() && !n.isItem()
                       ? QLocale().toString(n.startDate, QLocale::ShortFormat)
                       : QVariant();
        case DueColumn:
            return n.dueDate.isValid() && !n.isItem()
                       ? QLocale().toString(n.dueDate, QLocale::ShortFormat)
                       : QVariant();
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn && n.isItem())
            return n.status == RoadmapNode::Status::Done ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return n.id;
    case KindRole:
        return int(n.kind);
    case StatusRole:
        return int(n.status);
    case NotesRole:
        return n.notes;
    case DoneCountRole:
        return e.done;
    case ItemCountRole:
        return e.items;
    case StartDateRole:
        return n.startDate;
    case DueDateRole:
        return n.dueDate;
    case OverdueRole:
        return isOverdue(e);
    default:
        return {};
    }
}

bool RoadmapModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const int i = entryOf(index);
    if (i < 0 || index.column() != TitleColumn)
        return false;
    const RoadmapNode& n = m_entries[i].node;
    QUndoCommand* command = nullptr;
    if (role == Qt::CheckStateRole && n.isItem()) {
        const auto to = value.value<Qt::CheckState>() == Qt::Checked ? RoadmapNode::Status::Done
                                                                     : RoadmapNode::Status::Todo;
        if (to == n.status)
            return true;
        command = RoadmapEdits::setStatus(m_store, n, to);
    } else if (role == Qt::EditRole) {
        const QString title = value.toString().simplified();
        if (title.isEmpty())
            return false;
        if (title == n.title)
            return true;
        command = RoadmapEdits::rename(m_store, n, title);
    } else {
        return false;
    }
    push(command);
    return true;
}

void RoadmapModel::push(QUndoCommand* command)
{
    // Edits go through the undo stack, so every change can be taken back.
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

namespace {
const QString nodeMime = QStringLiteral("application/x-roadmap-planner-node");

qint64 droppedId(const QMimeData* data)
{
    return data && data->hasFormat(nodeMime) ? data->data(nodeMime).toLongLong() : 0;
}
} // namespace

QStringList RoadmapModel::mimeTypes() const
{
    return {nodeMime};
}

QMimeData* RoadmapModel::mimeData(const QModelIndexList& indexes) const
{
    const RoadmapNode* n = indexes.isEmpty() ? nullptr : node(indexes.first());
    if (!n)
        return nullptr;
    auto* data = new QMimeData;
    data->setData(nodeMime, QByteArray::number(n->id));
    data->setText(n->title);
    return data;
}

bool RoadmapModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                   const QModelIndex& parent) const
{
    const qint64 id = droppedId(data);
    const auto it = m_byId.constFind(id);
    if (action != Qt::MoveAction || it == m_byId.constEnd())
        return false;
    // Never into itself or its own subtree.
    for (int p = entryOf(parent.siblingAtColumn(0)); p >= 0; p = m_entries[p].parent) {
        if (p == *it)
            return false;
    }
    return true;
}

bool RoadmapModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int moving = m_byId.value(droppedId(data));
    const QModelIndex target = parent.siblingAtColumn(0);
    const int parentEntry = entryOf(target);
    const qint64 parentId = parentEntry >= 0 ? m_entries[parentEntry].node.id : 0;
    const Entry& mover = m_entries[moving];
    const bool sameParent = mover.parent == parentEntry;
    const QVector<int>& siblings = parentEntry >= 0 ? m_entries[parentEntry].children : m_roots;
    // row counts the rows as they are before the move: drop before siblings[row].
    const int before = row < 0 || row > siblings.size() ? int(siblings.size()) : row;
    if (sameParent && (before == mover.row || before == mover.row + 1))
        return false;
    // Store positions count hidden (removed) siblings too, so place the node
    // relative to a visible neighbour, as positions will be once the node has
    // left its old place.
    auto afterGap = [&](int entry) {
        const int p = m_entries[entry].node.position;
        return sameParent && mover.node.position < p ? p - 1 : p;
    };
    int storePosition = 0;
    if (before < siblings.size())
        storePosition = afterGap(siblings[before]);
    else if (!siblings.isEmpty())
        storePosition = afterGap(siblings.last()) + 1;
    push(RoadmapEdits::move(m_store, m_entries[moving].node, parentId, storePosition));
    // The store announces the move and this model moves the row; the view must
    // not remove the dragged row itself.
    return false;
}

Qt::ItemFlags RoadmapModel::flags(const QModelIndex& index) const
{
    const int i = entryOf(index);
    if (i < 0)
        return Qt::ItemIsDropEnabled; // the top level takes drops too
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == TitleColumn && m_entries[i].node.isItem())
        f |= Qt::ItemIsUserCheckable;
    if (m_entries[i].children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Plan");
    case ProgressColumn:
        return tr("Progress");
    case StartColumn:
        return tr("Starts");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

QHash<int, QByteArray> RoadmapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(NotesRole, "notes");
    return names;
}

QModelIndex RoadmapModel::indexForId(qint64 id, int column) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return {};
    return createIndex(m_entries[*it].row, column, quintptr(*it));
}

const RoadmapNode* RoadmapModel::node(const QModelIndex& index) const
{
    const int i = entryOf(index);
    return i >= 0 && i < m_entries.size() ? &m_entries[i].node : nullptr;
}

QVector<const RoadmapNode*> RoadmapModel::openItemsOn(const QDate& day) const
{
    QVector<const RoadmapNode*> items;
    for (const int i : planOrder()) {
        const Entry& e = m_entries[i];
        const RoadmapNode& n = e.node;
        if (n.isItem() && n.status != RoadmapNode::Status::Done &&
            n.status != RoadmapNode::Status::Skipped && n.startDate.isValid() &&
            n.startDate <= day && day <= n.dueDate)
            items.append(&n);
    }
    return items;
}

QModelIndex RoadmapModel::indexOfEntry(int entry, int column) const
{
    return entry >= 0 ? createIndex(m_entries[entry].row, column, quintptr(entry)) : QModelIndex();
}

void RoadmapModel::onRowsChanged(const QVector<qint64>& ids)
{
    QVector<int> touched;
    for (const qint64 id : ids) {
        const auto it = m_byId.constFind(id);
        const std::optional<RoadmapNode> fresh = m_store.node(id);
        if (it == m_byId.constEnd() || !fresh)
            continue;
        RoadmapNode& n = m_entries[*it].node;
        n.title = fresh->title;
        n.titleMarkdown = fresh->titleMarkdown;
        n.notes = fresh->notes;
        n.status = fresh->status;
        n.startDate = fresh->startDate;
        n.dueDate = fresh->dueDate;
        touched.append(*it);
    }
    if (touched.isEmpty())
        return;
    recount();
    for (const int e : std::as_const(touched))
        emitChangedUpwards(e);
    emit planChanged();
}

void RoadmapModel::attach(const QVector<RoadmapNode>& subtree, int parent, int row)
{
    QHash<qint64, int> local;
    for (const RoadmapNode& n : subtree) {
        Entry e;
        e.node = n;
        const int index = int(m_entries.size());
        if (local.isEmpty()) {
            e.parent = parent;
            childrenOf(parent).insert(row, index);
        } else {
            e.parent = local.value(n.parentId, -1);
            if (e.parent < 0)
                continue; // not reachable from the subtree's root: cannot happen
            e.row = int(m_entries[e.parent].children.size());
            m_entries[e.parent].children.append(index);
        }
        local.insert(n.id, index);
        m_byId.insert(n.id, index);
        m_entries.append(std::move(e));
    }
    renumber(parent);
}

void RoadmapModel::renumber(int parent)
{
    const QVector<int>& children = childrenOf(parent);
    for (int r = 0; r < children.size(); ++r)
        m_entries[children[r]].row = r;
}

void RoadmapModel::refreshPositions(int parent)
{
    // Inserts and moves shift the stored positions of siblings; drops compute
    // store positions from them.
    const qint64 parentId = parent >= 0 ? m_entries[parent].node.id : 0;
    for (const auto& [id, position] : m_store.childPositions(parentId)) {
        const auto it = m_byId.constFind(id);
        if (it != m_byId.constEnd())
            m_entries[*it].node.position = position;
    }
}

void RoadmapModel::onRowsInserted(const QVector<qint64>& ids)
{
    bool any = false;
    for (const qint64 id : ids) {
        if (m_byId.contains(id))
            continue;
        const QVector<RoadmapNode> subtree = m_store.loadSubtree(id);
        if (subtree.isEmpty())
            continue;
        const qint64 parentId = subtree.first().parentId;
        const int parent = parentId == 0 ? -1 : m_byId.value(parentId, -2);
        if (parent == -2)
            continue; // under a hidden node: it appears when that one does
        // The row is the node's place among the visible siblings as stored now.
        const QVector<QPair<qint64, int>> order = m_store.childPositions(parentId);
        int row = 0;
        for (const auto& [sibling, position] : order) {
            Q_UNUSED(position);
            if (sibling == id)
                break;
            if (m_byId.contains(sibling))
                ++row;
        }
        row = std::min(row, int(childrenOf(parent).size()));
        beginInsertRows(indexOfEntry(parent), row, row);
        attach(subtree, parent, row);
        endInsertRows();
        refreshPositions(parent);
        recount();
        emitChangedUpwards(parent);
        any = true;
    }
    if (any)
        emit planChanged();
}

void RoadmapModel::onRowsRemoved(const QVector<qint64>& ids)
{
    bool any = false;
    for (const qint64 id : ids) {
        const auto it = m_byId.constFind(id);
        if (it == m_byId.constEnd())
            continue;
        const int entry = *it;
        const int parent = m_entries[entry].parent;
        const int row = m_entries[entry].row;
        beginRemoveRows(indexOfEntry(parent), row, row);
        childrenOf(parent).remove(row);
        renumber(parent);
        QVector<int> doomed{entry};
        while (!doomed.isEmpty()) {
            const int e = doomed.takeLast();
            m_entries[e].alive = false;
            m_byId.remove(m_entries[e].node.id);
            doomed += m_entries[e].children;
        }
        endRemoveRows();
        recount();
        emitChangedUpwards(parent);
        any = true;
    }
    if (any)
        emit planChanged();
}

void RoadmapModel::onNodeMoved(qint64 id)
{
    const auto it = m_byId.constFind(id);
    const std::optional<RoadmapNode> fresh = m_store.node(id);
    if (it == m_byId.constEnd() || !fresh)
        return;
    const int entry = *it;
    const int from = m_entries[entry].parent;
    const int fromRow = m_entries[entry].row;
    const int to = fresh->parentId == 0 ? -1 : m_byId.value(fresh->parentId, -2);
    if (to == -2) {
        // Moved under a node this model does not show: it leaves the tree.
        onRowsRemoved({id});
        return;
    }
    int toRow = 0;
    for (const auto& [sibling, position] : m_store.childPositions(fresh->parentId)) {
        Q_UNUSED(position);
        if (sibling == id)
            break;
        if (m_byId.contains(sibling) && sibling != id)
            ++toRow;
    }
    const bool sameParent = from == to;
    if (!sameParent || toRow != fromRow) {
        // beginMoveRows counts the destination before the move takes the row out.
        const int destination = sameParent && toRow > fromRow ? toRow + 1 : toRow;
        if (beginMoveRows(indexOfEntry(from), fromRow, fromRow, indexOfEntry(to), destination)) {
            childrenOf(from).remove(fromRow);
            renumber(from);
            QVector<int>& target = childrenOf(to);
            target.insert(std::min(toRow, int(target.size())), entry);
            m_entries[entry].parent = to;
            m_entries[entry].node.parentId = fresh->parentId;
            renumber(to);
            endMoveRows();
        }
    }
    refreshPositions(from);
    if (!sameParent)
        refreshPositions(to);
    recount();
    emitChangedUpwards(from);
    if (!sameParent)
        emitChangedUpwards(to);
    emit planChanged();
}

void RoadmapModel::emitChangedUpwards(int entry)
{
    // The node and every ancestor: counts and overdue marks may have changed.
    for (int e = entry; e >= 0; e = m_entries[e].parent)
        emit dataChanged(indexOfEntry(e, 0), indexOfEntry(e, ColumnCount - 1));
}

QVector<const RoadmapNode*> RoadmapModel::items() const
{
    QVector<const RoadmapNode*> items;
    for (const int i : planOrder()) {
        if (m_entries[i].node.isItem())
            items.append(&m_entries[i].node);
    }
    return items;
}

QVector<const RoadmapNode*> RoadmapModel::actionItems() const
{
    QVector<const RoadmapNode*> items;
    for (const int i : planOrder()) {
        const Entry& e = m_entries[i];
        if (!e.node.isItem() || e.node.status == RoadmapNode::Status::Done ||
            e.node.status == RoadmapNode::Status::Skipped)
            continue;
        for (int p = e.parent; p >= 0; p = m_entries[p].parent) {
            if (m_entries[p].node.title.contains(QLatin1String("this week"), Qt::CaseInsensitive)) {
                items.append(&e.node);
                break;
            }
        }
    }
    return items;
}

QVector<const RoadmapNode*> RoadmapModel::overdueItems(const QDate& day) const
{
    QVector<const RoadmapNode*> items;
    for (const int i : planOrder()) {
        const RoadmapNode& n = m_entries[i].node;
        if (n.isItem() && n.status != RoadmapNode::Status::Done &&
            n.status != RoadmapNode::Status::Skipped && n.dueDate.isValid() && n.dueDate < day)
            items.append(&n);
    }
    std::stable_sort(items.begin(), items.end(), [](const RoadmapNode* a, const RoadmapNode* b) {
        return a->dueDate < b->dueDate;
    });
    return items;
}

QStringList RoadmapModel::datedPathOn(const QDate& day) const
{
    // The deepest month, year or week heading whose range holds the day.
    int best = -1;
    int bestDepth = -1;
    for (const int i : planOrder()) {
        const RoadmapNode& n = m_entries[i].node;
        const bool dated = n.kind == RoadmapNode::Kind::Month ||
                           n.kind == RoadmapNode::Kind::Year || n.kind == RoadmapNode::Kind::Week;
        if (!dated || !n.startDate.isValid() || day < n.startDate || day > n.dueDate)
            continue;
        int depth = 0;
        for (int p = m_entries[i].parent; p >= 0; p = m_entries[p].parent)
            ++depth;
        if (depth > bestDepth) {
            best = i;
            bestDepth = depth;
        }
    }
    QStringList path;
    for (int p = best; p >= 0; p = m_entries[p].parent) {
        const RoadmapNode::Kind k = m_entries[p].node.kind;
        if (k == RoadmapNode::Kind::Month || k == RoadmapNode::Kind::Year ||
            k == RoadmapNode::Kind::Week || k == RoadmapNode::Kind::Phase)
            path.prepend(m_entries[p].node.title);
    }
    return path;
}

QString RoadmapModel::whereOn(const QDate& day) const
{
    const QStringList path = datedPathOn(day);
    QStringList reversed(path.crbegin(), path.crend());
    if (reversed.size() > 2)
        reversed = reversed.mid(0, 2);
    return reversed.join(QStringLiteral(" · "));
}

QVector<RoadmapModel::Span>
RoadmapModel::spans(std::initializer_list<RoadmapNode::Kind> kinds) const
{
    QVector<Span> result;
    for (const int i : planOrder()) {
        const Entry& e = m_entries[i];
        const RoadmapNode& n = e.node;
        if (!n.startDate.isValid() || std::find(kinds.begin(), kinds.end(), n.kind) == kinds.end())
            continue;
        result.append(
            {n.id, n.kind, n.title, n.startDate, n.dueDate, e.items, e.done, isOverdue(e)});
    }
    return result;
}
