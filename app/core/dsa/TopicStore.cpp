#include "TopicStore.h"

#include "storage/Database.h"
#include "storage/Query.h"

TopicStore::TopicStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

QVector<TopicStore::Topic> TopicStore::loadAll() const
{
    Query q(m_db, QStringLiteral(
                      "SELECT t.id, t.name, t.target_count, coalesce(t.roadmap_node_id, 0), "
                      "count(p.id), coalesce(sum(p.status = 'solved'), 0) FROM topic t "
                      "LEFT JOIN problem_topic pt ON pt.topic_id = t.id "
                      "LEFT JOIN problem p ON p.id = pt.problem_id "
                      "GROUP BY t.id ORDER BY t.target_count = 0, t.roadmap_node_id, t.name"));
    QVector<Topic> topics;
    if (!q.exec())
        return topics;
    while (q.next()) {
        Topic t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.target = q.value(2).toInt();
        t.roadmapNodeId = q.value(3).toLongLong();
        t.total = q.value(4).toInt();
        t.solved = q.value(5).toInt();
        topics.append(t);
    }
    return topics;
}

qint64 TopicStore::ensure(const QString& name)
{
    Query insert(m_db, QStringLiteral("INSERT OR IGNORE INTO topic(name) VALUES(?)"));
    insert.bind(name.trimmed());
    if (!insert.exec())
        return 0;
    Query q(m_db, QStringLiteral("SELECT id FROM topic WHERE name = ?"));
    q.bind(name.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TopicStore::setTarget(const QString& name, int target, qint64 roadmapNodeId)
{
    if (ensure(name) == 0)
        return false;
    Query q(m_db, QStringLiteral("UPDATE topic SET target_count = ?, roadmap_node_id = ? WHERE name = ?"));
    q.bindAll({target, roadmapNodeId > 0 ? QVariant(roadmapNodeId) : QVariant(), name.trimmed()});
    if (!q.exec())
        return false;
    emit changed();
    return true;
}

bool TopicStore::clearTargets()
{
    Query q(m_db, QStringLiteral("UPDATE topic SET target_count = 0, roadmap_node_id = NULL"));
    return q.exec();
}
