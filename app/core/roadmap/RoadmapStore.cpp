#include "RoadmapStore.h"

#include "storage/Database.h"
#include "storage/Query.h"

RoadmapStore::RoadmapStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QVector<RoadmapNode> RoadmapStore::loadAll() const
{
    // Ordered by id: every import inserts parents before children.
    Query q(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), position, kind, title, "
                                 "title_markdown, notes, status, start_date, due_date, "
                                 "source_path, source_line FROM roadmap_node WHERE removed = 0 "
                                 "ORDER BY id"));
    QVector<RoadmapNode> nodes;
    if (!q.exec())
        return nodes;
    while (q.next()) {
        RoadmapNode n;
        n.id = q.value(0).toLongLong();
        n.parentId = q.value(1).toLongLong();
        n.position = q.value(2).toInt();
        n.kind = RoadmapNode::kindFromKey(q.value(3).toString());
        n.title = q.value(4).toString();
        n.titleMarkdown = q.value(5).toString();
        n.notes = q.value(6).toString();
        n.status = RoadmapNode::statusFromKey(q.value(7).toString());
        n.startDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        n.dueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        n.sourcePath = q.value(10).toString();
        n.sourceLine = q.value(11).toInt();
        nodes.append(std::move(n));
    }
    return nodes;
}

RoadmapStore::Counts RoadmapStore::counts() const
{
    Counts c;
    Query q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(status = 'done'), 0) FROM "
                                 "roadmap_node WHERE kind = 'item' AND removed = 0"));
    if (q.exec() && q.next()) {
        c.items = q.value(0).toInt();
        c.done = q.value(1).toInt();
    }
    return c;
}

qint64 RoadmapStore::insertNode(const RoadmapNode& n)
{
    Query q(m_db, QStringLiteral("INSERT INTO roadmap_node(parent_id, position, kind, title, "
                                 "title_markdown, notes, status, start_date, due_date, "
                                 "source_path, source_line) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({n.parentId > 0 ? QVariant(n.parentId) : QVariant(), n.position,
               RoadmapNode::kindKey(n.kind), n.title, n.titleMarkdown, n.notes,
               RoadmapNode::statusKey(n.status), Query::dateValue(n.startDate),
               Query::dateValue(n.dueDate), n.sourcePath, n.sourceLine});
    return q.exec() ? q.lastInsertId() : 0;
}

bool RoadmapStore::setStatus(qint64 id, RoadmapNode::Status status)
{
    Query q(m_db, QStringLiteral("UPDATE roadmap_node SET status = ?, updated_at = "
                                 "strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?"));
    q.bindAll({RoadmapNode::statusKey(status), id});
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    emit statusChanged(id, status);
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
    Query q(m_db,
            QStringLiteral("UPDATE roadmap_node SET start_date = ?, due_date = ? WHERE id = ?"));
    q.bindAll({Query::dateValue(start), Query::dateValue(due), id});
    return q.exec();
}

bool RoadmapStore::clear()
{
    Query q(m_db, QStringLiteral("DELETE FROM roadmap_node"));
    return q.exec();
}
