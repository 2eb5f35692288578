#include "TopicStore.h"

#include "core/dsa/TopicMatcher.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"

#include <QPair>

TopicStore::TopicStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

QVector<TopicStore::Topic> TopicStore::loadAll() const
{
    Query q(m_db,
            QStringLiteral("SELECT t.id, t.name, t.target_count, coalesce(t.roadmap_node_id, 0), "
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
    countSolvedForTargets(topics);
    return topics;
}

QVector<TopicStore::Topic> TopicStore::loadTargets() const
{
    Query q(m_db, QStringLiteral("SELECT id, name, target_count, roadmap_node_id FROM topic "
                                 "WHERE target_count > 0 AND roadmap_node_id IS NOT NULL"));
    QVector<Topic> topics;
    if (!q.exec())
        return topics;
    while (q.next()) {
        Topic t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.target = q.value(2).toInt();
        t.roadmapNodeId = q.value(3).toLongLong();
        topics.append(t);
    }
    countSolvedForTargets(topics);
    return topics;
}

void TopicStore::countSolvedForTargets(QVector<Topic>& topics) const
{
    // A plan topic counts every solved problem with a matching topic, each once:
    // "Valid Anagram" tagged "arrays" and "strings" is one problem for "Arrays and
    // Strings". Topics are few and problems many, so the names are matched here
    // and SQLite counts the distinct problems (no row per problem crosses over).
    QVector<QPair<qint64, QString>> names;
    {
        Query all(m_db, QStringLiteral("SELECT id, name FROM topic"));
        if (!all.exec())
            return;
        while (all.next())
            names.append({all.value(0).toLongLong(), all.value(1).toString()});
    }
    for (Topic& t : topics) {
        if (t.target <= 0)
            continue;
        QVector<qint64> matching;
        for (const auto& [id, name] : std::as_const(names)) {
            if (TopicMatcher::matches(name, t.name))
                matching.append(id);
        }
        t.solved = 0;
        if (matching.isEmpty())
            continue;
        Query count(m_db,
                    QStringLiteral("SELECT count(DISTINCT pt.problem_id) FROM problem_topic pt "
                                   "JOIN problem p ON p.id = pt.problem_id "
                                   "WHERE pt.topic_id IN (%1) AND (p.status = 'solved' OR "
                                   "(p.status = 'revisit' AND p.solved_on IS NOT NULL))")
                        .arg(Query::idList(matching)));
        if (count.exec() && count.next())
            t.solved = count.value(0).toInt();
    }
}

QStringList TopicStore::names() const
{
    QStringList result;
    Query q(m_db, QStringLiteral("SELECT name FROM topic ORDER BY target_count = 0, name"));
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

bool TopicStore::removeUnused(const QStringList& names)
{
    Query q(m_db, QStringLiteral("DELETE FROM topic WHERE name = ? AND target_count = 0 AND "
                                 "roadmap_node_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                 "problem_topic pt WHERE pt.topic_id = topic.id)"));
    for (const QString& name : names) {
        q.bind(name);
        if (!q.exec())
            return false;
    }
    return true;
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
    const qint64 id = ensure(name);
    if (id == 0)
        return false;
    Query q(m_db, QStringLiteral(
                      "UPDATE topic SET target_count = ?, roadmap_node_id = ? WHERE name = ?"));
    q.bindAll({target, roadmapNodeId > 0 ? QVariant(roadmapNodeId) : QVariant(), name.trimmed()});
    if (!q.exec())
        return false;
    announceChanged({id});
    return true;
}

bool TopicStore::clearTargets()
{
    Query q(m_db, QStringLiteral("UPDATE topic SET target_count = 0, roadmap_node_id = NULL"));
    return q.exec();
}
