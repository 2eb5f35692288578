#include "RoadmapStore.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <utility>

RoadmapStore::RoadmapStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

QVector<RoadmapNode> RoadmapStore::loadAll() const
{
    return load(false);
}

QVector<RoadmapNode> RoadmapStore::loadIncludingRemoved() const
{
    return load(true);
}

QVector<RoadmapNode> RoadmapStore::loadSubtree(qint64 id) const
{
    return load(false, id);
}

QVector<QPair<qint64, int>> RoadmapStore::childPositions(qint64 parentId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, position FROM roadmap_node WHERE "
                           "coalesce(parent_id, 0) = ? AND removed = 0 ORDER BY position, id"));
    q.bind(parentId);
    QVector<QPair<qint64, int>> children;
    if (q.exec()) {
        while (q.next())
            children.append({q.value(0).toLongLong(), q.value(1).toInt()});
    }
    return children;
}

namespace {
// Every column costs each row a QVariant through Qt's driver, and a text
// column a UTF-16 conversion and a copy, so the plan's bulk reads carry as few
// as they can (a 5,000-item plan is read before the first screen):
// - the kind, the status, the removed mark and whether the node is a root
//   travel as one small integer (Flags);
// - a Markdown title that is the plain title comes back as NULL and is shared
//   with it (most titles are plain), and empty notes come back as NULL (most
//   items have none): no conversion for either;
// - the shown read leaves out the source path and line: only a re-import's
//   matching reads them (loadIncludingRemoved), and the path, every heading
//   above the node, is the longest text in the table.
namespace Flags {
constexpr int StatusShift = 3; // kinds are 0-6
constexpr int Removed = 1 << 5;
constexpr int Root = 1 << 6;
} // namespace Flags

QString columnList(bool includeRemoved)
{
    const QString flags =
        QStringLiteral("(%1) + (%2) * %3 + (n.removed <> 0) * %4 + (n.parent_id IS NULL) * %5")
            .arg(RoadmapNode::kindCodeSql(QStringLiteral("n.kind")),
                 RoadmapNode::statusCodeSql(QStringLiteral("n.status")))
            .arg(1 << Flags::StatusShift)
            .arg(Flags::Removed)
            .arg(Flags::Root);
    return QStringLiteral("n.id, coalesce(n.parent_id, 0), n.position, ") + flags +
           QStringLiteral(
               ", n.title, nullif(n.title_markdown, n.title), nullif(n.notes, ''), n.start_date, "
               "n.due_date") +
           (includeRemoved ? QStringLiteral(", n.source_path, n.source_line") : QString());
}

QString columnsFor(bool includeRemoved)
{
    static const QString shown = columnList(false);
    static const QString full = columnList(true);
    return includeRemoved ? full : shown;
}

// Whether the row read by columnsFor() is a top-level node.
bool isRoot(const Query& q)
{
    return q.value(3).toInt() & Flags::Root;
}

RoadmapNode readNode(const Query& q, bool includeRemoved)
{
    RoadmapNode n;
    n.id = q.value(0).toLongLong();
    n.parentId = q.value(1).toLongLong();
    n.position = q.value(2).toInt();
    const int flags = q.value(3).toInt();
    n.kind = RoadmapNode::Kind(flags & ((1 << Flags::StatusShift) - 1));
    n.status = RoadmapNode::Status((flags & (Flags::Removed - 1)) >> Flags::StatusShift);
    n.removed = flags & Flags::Removed;
    n.title = q.value(4).toString();
    n.titleMarkdown = q.value(5).isNull() ? n.title : q.value(5).toString();
    n.notes = q.value(6).toString();
    n.startDate = Query::dateFrom(q.value(7));
    n.dueDate = Query::dateFrom(q.value(8));
    if (includeRemoved) {
        n.sourcePath = q.value(9).toString();
        n.sourceLine = q.value(10).toInt();
    }
    return n;
}
} // namespace

QVector<RoadmapNode> RoadmapStore::load(bool includeRemoved, qint64 root) const
{
    // Parents before children: a walk from the roots (or from one node),
    // siblings by position then id, so nodes added or moved after an import still
    // come after their parent, in the order childPositions() gives.
    if (root == 0)
        return loadTree(includeRemoved);
    Query q(m_db, QStringLiteral("WITH RECURSIVE tree(id, sortkey) AS ("
                                 " SELECT id, printf('%08d%012d', position, id) FROM roadmap_node"
                                 " WHERE id = ? AND (removed = 0 OR ?)"
                                 " UNION ALL SELECT n.id,"
                                 " tree.sortkey || '.' || printf('%08d%012d', n.position, n.id)"
                                 " FROM roadmap_node n JOIN tree ON n.parent_id = tree.id"
                                 " WHERE n.removed = 0 OR ?)"
                                 " SELECT ") +
                      columnsFor(includeRemoved) +
                      QStringLiteral(" FROM tree JOIN roadmap_node n ON n.id = tree.id"
                                     " ORDER BY tree.sortkey"));
    q.bindAll({root, includeRemoved ? 1 : 0, includeRemoved ? 1 : 0});
    QVector<RoadmapNode> nodes;
    if (!q.exec())
        return nodes;
    while (q.next())
        nodes.append(readNode(q, includeRemoved));
    return nodes;
}

QVector<RoadmapNode> RoadmapStore::loadTree(bool includeRemoved) const
{
    // The whole tree is read flat and walked here: the recursive query, which
    // builds a text sort key per node and sorts by it, took 40-90 ms for
    // 10,000 nodes (every start-up and every re-import), the flat read 2 ms.
    // The walk gives the same order: from the parentless nodes down, siblings
    // by (position, id), a node only when its parent was reached.
    Query q(m_db, QStringLiteral("SELECT ") + columnsFor(includeRemoved) +
                      QStringLiteral(" FROM roadmap_node n WHERE n.removed = 0 OR ?"));
    q.bind(includeRemoved ? 1 : 0);
    QVector<RoadmapNode> all;
    QVector<int> roots;
    QHash<qint64, QVector<int>> children;
    if (!q.exec())
        return all;
    while (q.next()) {
        all.append(readNode(q, includeRemoved));
        const int at = int(all.size()) - 1;
        if (isRoot(q))
            roots.append(at);
        else
            children[all[at].parentId].append(at);
    }
    const auto bySiblingOrder = [&all](int a, int b) {
        return std::pair(all[a].position, all[a].id) < std::pair(all[b].position, all[b].id);
    };
    std::sort(roots.begin(), roots.end(), bySiblingOrder);
    for (QVector<int>& list : children)
        std::sort(list.begin(), list.end(), bySiblingOrder);
    QVector<RoadmapNode> nodes;
    nodes.reserve(all.size());
    QVector<int> stack(roots.crbegin(), roots.crend());
    QSet<qint64> reached; // a cycle in bad data is walked once, not forever
    while (!stack.isEmpty()) {
        const int at = stack.takeLast();
        if (reached.contains(all[at].id))
            continue;
        reached.insert(all[at].id);
        const auto kids = children.constFind(all[at].id);
        if (kids != children.cend())
            stack.append(QVector<int>(kids->crbegin(), kids->crend()));
        nodes.append(std::move(all[at]));
    }
    return nodes;
}

std::optional<RoadmapNode> RoadmapStore::node(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT title, title_markdown, notes, status, start_date, due_date, "
                           "coalesce(parent_id, 0), position, kind, removed "
                           "FROM roadmap_node WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RoadmapNode n;
    n.id = id;
    n.title = q.value(0).toString();
    n.titleMarkdown = q.value(1).toString();
    n.notes = q.value(2).toString();
    n.status = RoadmapNode::statusFromKey(q.value(3).toString());
    n.startDate = Query::dateFrom(q.value(4));
    n.dueDate = Query::dateFrom(q.value(5));
    n.parentId = q.value(6).toLongLong();
    n.position = q.value(7).toInt();
    n.kind = RoadmapNode::kindFromKey(q.value(8).toString());
    n.removed = q.value(9).toBool();
    return n;
}

RoadmapStore::Counts RoadmapStore::counts() const
{
    Counts c;
    Query q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(status = 'done'), 0) FROM "
                                 "roadmap_node WHERE kind = 'item' AND removed = 0 AND "
                                 "status <> 'skipped'"));
    if (q.exec() && q.next()) {
        c.items = q.value(0).toInt();
        c.done = q.value(1).toInt();
    }
    return c;
}

RoadmapStore::~RoadmapStore() = default;

Query& RoadmapStore::insertStatement()
{
    if (!m_insert || m_insertGeneration != m_db.generation()) {
        m_insert = std::make_unique<Query>(
            m_db, QStringLiteral("INSERT INTO roadmap_node(parent_id, position, kind, title, "
                                 "title_markdown, notes, status, start_date, due_date, "
                                 "source_path, source_line) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        m_insertGeneration = m_db.generation();
    }
    return *m_insert;
}

qint64 RoadmapStore::insertNode(const RoadmapNode& n)
{
    Query& q = insertStatement();
    q.bindAll({n.parentId > 0 ? QVariant(n.parentId) : QVariant(), n.position,
               RoadmapNode::kindKey(n.kind), n.title, n.titleMarkdown, n.notes,
               RoadmapNode::statusKey(n.status), Query::dateValue(n.startDate),
               Query::dateValue(n.dueDate), n.sourcePath, n.sourceLine});
    return q.exec() ? q.lastInsertId() : 0;
}

qint64 RoadmapStore::insertNodeAt(const RoadmapNode& node, int position)
{
    Transaction tx(m_db);
    Query shift(m_db, QStringLiteral("UPDATE roadmap_node SET position = position + 1 WHERE "
                                     "coalesce(parent_id, 0) = ? AND position >= ?"));
    shift.bindAll({node.parentId, position});
    RoadmapNode placed = node;
    placed.position = position;
    const qint64 id = shift.exec() ? insertNode(placed) : 0;
    if (id == 0 || !tx.commit())
        return 0;
    announceInserted({id});
    return id;
}

bool RoadmapStore::deleteNode(qint64 id)
{
    Transaction tx(m_db);
    Query place(
        m_db,
        QStringLiteral("SELECT coalesce(parent_id, 0), position FROM roadmap_node WHERE id = ?"));
    place.bind(id);
    if (!place.exec() || !place.next())
        return false;
    const qint64 parent = place.value(0).toLongLong();
    const int position = place.value(1).toInt();
    Query del(m_db, QStringLiteral("DELETE FROM roadmap_node WHERE id = ?"));
    del.bind(id);
    Query close(m_db, QStringLiteral("UPDATE roadmap_node SET position = position - 1 WHERE "
                                     "coalesce(parent_id, 0) = ? AND position > ?"));
    close.bindAll({parent, position});
    if (!del.exec() || !close.exec() || !tx.commit())
        return false;
    announceRemoved({id});
    return true;
}

bool RoadmapStore::setStatus(qint64 id, RoadmapNode::Status status)
{
    Query q(m_db, QStringLiteral("UPDATE roadmap_node SET status = ?, updated_at = "
                                 "strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?"));
    q.bindAll({RoadmapNode::statusKey(status), id});
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceChanged({id});
    return true;
}

RoadmapNode::Status RoadmapStore::status(qint64 id, bool* ok) const
{
    Query q(m_db, QStringLiteral("SELECT status FROM roadmap_node WHERE id = ? AND removed = 0"));
    q.bind(id);
    const bool found = q.exec() && q.next();
    if (ok)
        *ok = found;
    return found ? RoadmapNode::statusFromKey(q.value(0).toString()) : RoadmapNode::Status::Todo;
}

bool RoadmapStore::setDates(qint64 id, const QDate& start, const QDate& due)
{
    if (!writeDates(id, start, due))
        return false;
    announceChanged({id});
    return true;
}

bool RoadmapStore::writeDates(qint64 id, const QDate& start, const QDate& due)
{
    Query q(m_db,
            QStringLiteral("UPDATE roadmap_node SET start_date = ?, due_date = ? WHERE id = ?"));
    q.bindAll({Query::dateValue(start), Query::dateValue(due), id});
    return q.exec() && q.rowsAffected() == 1;
}

bool RoadmapStore::setTitle(qint64 id, const QString& title, const QString& titleMarkdown)
{
    Query q(m_db,
            QStringLiteral("UPDATE roadmap_node SET title = ?, title_markdown = ? WHERE id = ?"));
    q.bindAll({title, titleMarkdown.isEmpty() ? title : titleMarkdown, id});
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceChanged({id});
    return true;
}

bool RoadmapStore::setNotes(qint64 id, const QString& notes)
{
    Query q(m_db, QStringLiteral("UPDATE roadmap_node SET notes = ? WHERE id = ?"));
    q.bindAll({notes, id});
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceChanged({id});
    return true;
}

QVector<qint64> RoadmapStore::hide(qint64 id)
{
    Transaction tx(m_db);
    Query shown(m_db, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT n.id "
                                     "FROM roadmap_node n JOIN sub ON n.parent_id = sub.id) "
                                     "SELECT id FROM roadmap_node WHERE removed = 0 AND id IN "
                                     "(SELECT id FROM sub)"));
    shown.bind(id);
    QVector<qint64> hidden;
    if (!shown.exec())
        return {};
    while (shown.next())
        hidden.append(shown.value(0).toLongLong());
    if (hidden.isEmpty())
        return {};
    Query mark(m_db, QStringLiteral("UPDATE roadmap_node SET removed = 1 WHERE id IN (%1)")
                         .arg(Query::idList(hidden)));
    if (!mark.exec() || !tx.commit())
        return {};
    announceRemoved({id});
    return hidden;
}

bool RoadmapStore::unhide(qint64 id, const QVector<qint64>& hidden)
{
    if (hidden.isEmpty())
        return false;
    Query mark(m_db, QStringLiteral("UPDATE roadmap_node SET removed = 0 WHERE id IN (%1)")
                         .arg(Query::idList(hidden)));
    if (!mark.exec() || mark.rowsAffected() < 1)
        return false;
    announceInserted({id});
    return true;
}

bool RoadmapStore::markRemoved(qint64 id, bool removed)
{
    Query q(m_db,
            QStringLiteral(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT n.id FROM roadmap_node n "
                "JOIN sub ON n.parent_id = sub.id) "
                "UPDATE roadmap_node SET removed = ? WHERE id IN (SELECT id FROM sub)"));
    q.bindAll({id, removed ? 1 : 0});
    return q.exec() && q.rowsAffected() >= 1;
}

bool RoadmapStore::move(qint64 id, qint64 newParentId, int position)
{
    Transaction tx(m_db);
    // Close the gap where the node was, open one where it goes.
    Query old(m_db, QStringLiteral(
                        "SELECT coalesce(parent_id, 0), position FROM roadmap_node WHERE id = ?"));
    old.bind(id);
    if (!old.exec() || !old.next())
        return false;
    const qint64 oldParent = old.value(0).toLongLong();
    const int oldPosition = old.value(1).toInt();
    Query close(m_db, QStringLiteral("UPDATE roadmap_node SET position = position - 1 WHERE "
                                     "coalesce(parent_id, 0) = ? AND position > ?"));
    close.bindAll({oldParent, oldPosition});
    Query open(m_db, QStringLiteral("UPDATE roadmap_node SET position = position + 1 WHERE "
                                    "coalesce(parent_id, 0) = ? AND position >= ? AND id <> ?"));
    open.bindAll({newParentId, position, id});
    Query place(m_db,
                QStringLiteral("UPDATE roadmap_node SET parent_id = ?, position = ? WHERE id = ?"));
    place.bindAll({newParentId > 0 ? QVariant(newParentId) : QVariant(), position, id});
    if (!close.exec() || !open.exec() || !place.exec() || !tx.commit())
        return false;
    emit nodeMoved(id);
    emit changed();
    return true;
}

bool RoadmapStore::updateFromImport(const RoadmapNode& n)
{
    Query q(m_db, QStringLiteral("UPDATE roadmap_node SET parent_id = ?, position = ?, kind = ?, "
                                 "title = ?, title_markdown = ?, notes = ?, status = ?, "
                                 "start_date = ?, due_date = ?, source_path = ?, source_line = ?, "
                                 "removed = 0 WHERE id = ?"));
    q.bindAll({n.parentId > 0 ? QVariant(n.parentId) : QVariant(), n.position,
               RoadmapNode::kindKey(n.kind), n.title, n.titleMarkdown, n.notes,
               RoadmapNode::statusKey(n.status), Query::dateValue(n.startDate),
               Query::dateValue(n.dueDate), n.sourcePath, n.sourceLine, n.id});
    return q.exec() && q.rowsAffected() == 1;
}

bool RoadmapStore::renumberSiblings()
{
    Query all(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), position FROM roadmap_node "
                                   "ORDER BY coalesce(parent_id, 0), position, id"));
    if (!all.exec())
        return false;
    Query place(m_db, QStringLiteral("UPDATE roadmap_node SET position = ? WHERE id = ?"));
    qint64 parent = -1;
    int next = 0;
    while (all.next()) {
        const qint64 id = all.value(0).toLongLong();
        const qint64 parentId = all.value(1).toLongLong();
        next = parentId == parent ? next + 1 : 0;
        parent = parentId;
        // A plan just imported is numbered already: only ties and gaps are written.
        if (all.value(2).toInt() != next && !place.bindAll({next, id}).exec())
            return false;
    }
    return true;
}

bool RoadmapStore::clear()
{
    Query q(m_db, QStringLiteral("DELETE FROM roadmap_node"));
    return q.exec();
}
