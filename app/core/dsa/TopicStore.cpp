#include "TopicStore.h"

#include "core/dsa/TopicMatcher.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QPair>

namespace {
// Columns 0-3 of a topic row: id, name, target, plan item (0 when none).
TopicStore::Topic readTopic(const Query& q)
{
    TopicStore::Topic t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.target = q.value(2).toInt();
    t.roadmapNodeId = q.value(3).toLongLong();
    return t;
}
} // namespace

TopicStore::TopicStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

QVector<TopicStore::Topic> TopicStore::loadAll() const
{
    // Both counts come from indexes alone: the totals from problem_topic (its
    // rows always have a problem: the foreign key cascades), the solved ones
    // from problem_status. Reading each problem's status from its row instead
    // touched every page of the table, 110 ms at 100,000 problems.
    Query q(m_db,
            QStringLiteral("SELECT t.id, t.name, t.target_count, coalesce(t.roadmap_node_id, 0), "
                           "coalesce(n.total, 0), coalesce(s.solved, 0), "
                           "(SELECT group_concat(alias, char(31)) FROM topic_alias a "
                           "WHERE a.topic_id = t.id) FROM topic t "
                           "LEFT JOIN (SELECT topic_id, count(*) AS total FROM problem_topic "
                           "GROUP BY topic_id) n ON n.topic_id = t.id "
                           "LEFT JOIN (SELECT pt.topic_id, count(*) AS solved FROM problem p "
                           "JOIN problem_topic pt ON pt.problem_id = p.id "
                           "WHERE p.status = 'solved' GROUP BY pt.topic_id) s ON s.topic_id = t.id "
                           "ORDER BY t.target_count = 0, t.roadmap_node_id, t.name"));
    QVector<Topic> topics;
    if (!q.exec())
        return topics;
    while (q.next()) {
        Topic t = readTopic(q);
        t.total = q.value(4).toInt();
        t.solved = q.value(5).toInt();
        // Unit separators: an alias may hold any printable character.
        t.aliases = q.value(6).toString().split(QChar(31), Qt::SkipEmptyParts);
        t.aliases.sort(Qt::CaseInsensitive);
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
    while (q.next())
        topics.append(readTopic(q));
    countSolvedForTargets(topics);
    return topics;
}

void TopicStore::countSolvedForTargets(QVector<Topic>& topics) const
{
    // A plan topic counts every solved problem with a matching topic, each once:
    // "Valid Anagram" tagged "arrays" and "strings" is one problem for "Arrays and
    // Strings". Topics are few and problems many, so the names are matched here
    // and SQLite counts the distinct problems (no row per problem crosses over),
    // for every target in one statement: each statement prepared cost as much
    // as its counting.
    QVector<QPair<qint64, TopicMatcher::Name>> names;
    {
        Query all(m_db, QStringLiteral("SELECT id, name FROM topic"));
        if (!all.exec())
            return;
        while (all.next())
            names.append({all.value(0).toLongLong(), TopicMatcher::Name(all.value(1).toString())});
    }
    // (target's index, matching topic id) pairs; both are integers of ours.
    QStringList pairs;
    for (int i = 0; i < topics.size(); ++i) {
        Topic& t = topics[i];
        if (t.target <= 0)
            continue;
        t.solved = 0;
        const TopicMatcher::Name target(t.name);
        for (const auto& [id, name] : std::as_const(names)) {
            if (TopicMatcher::matches(name, target))
                pairs.append(QStringLiteral("(%1,%2)").arg(i).arg(id));
        }
    }
    if (pairs.isEmpty())
        return;
    Query count(m_db, QStringLiteral("WITH m(target, topic_id) AS (VALUES %1) "
                                     "SELECT m.target, count(DISTINCT pt.problem_id) FROM m "
                                     "JOIN problem_topic pt ON pt.topic_id = m.topic_id "
                                     "JOIN problem p ON p.id = pt.problem_id "
                                     "WHERE p.status = 'solved' OR "
                                     "(p.status = 'revisit' AND p.solved_on IS NOT NULL) "
                                     "GROUP BY m.target")
                          .arg(pairs.join(u',')));
    if (!count.exec())
        return;
    while (count.next()) {
        const int target = count.value(0).toInt();
        if (target >= 0 && target < topics.size())
            topics[target].solved = count.value(1).toInt();
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
    if (const qint64 known = resolve(name))
        return known;
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
    // By id: `name` may be an alias of the topic that carries the target.
    Query q(m_db,
            QStringLiteral("UPDATE topic SET target_count = ?, roadmap_node_id = ? WHERE id = ?"));
    q.bindAll({target, roadmapNodeId > 0 ? QVariant(roadmapNodeId) : QVariant(), id});
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

qint64 TopicStore::resolve(const QString& name) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM topic WHERE name = ? UNION ALL "
                                 "SELECT topic_id FROM topic_alias WHERE alias = ? LIMIT 1"));
    q.bindAll({name.trimmed(), name.trimmed()});
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList TopicStore::aliases(qint64 id) const
{
    QStringList result;
    Query q(m_db,
            QStringLiteral("SELECT alias FROM topic_alias WHERE topic_id = ? ORDER BY alias"));
    q.bind(id);
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

std::optional<QVector<qint64>> TopicStore::merge(qint64 into, const QVector<qint64>& from)
{
    if (into <= 0 || from.isEmpty() || from.contains(into))
        return std::nullopt;
    QVector<qint64> problems;
    Transaction t(m_db);
    Query touched(m_db, QStringLiteral("SELECT DISTINCT problem_id FROM problem_topic WHERE "
                                       "topic_id IN (%1) ORDER BY problem_id")
                            .arg(Query::idList(from)));
    if (!touched.exec())
        return std::nullopt;
    while (touched.next())
        problems.append(touched.value(0).toLongLong());
    for (const qint64 id : from) {
        if (!mergeOne(into, id))
            return std::nullopt;
    }
    if (!t.commit())
        return std::nullopt;
    announce({{}, {into}, from});
    return problems;
}

bool TopicStore::mergeOne(qint64 into, qint64 from)
{
    Query links(m_db, QStringLiteral("INSERT OR IGNORE INTO problem_topic(problem_id, topic_id) "
                                     "SELECT problem_id, ? FROM problem_topic WHERE topic_id = ?"));
    Query moveAliases(m_db,
                      QStringLiteral("UPDATE topic_alias SET topic_id = ? WHERE topic_id = ?"));
    Query alias(m_db, QStringLiteral("INSERT OR REPLACE INTO topic_alias(alias, topic_id) "
                                     "SELECT name, ? FROM topic WHERE id = ?"));
    // The merged topic keeps its own target; one without takes the other's.
    Query target(m_db,
                 QStringLiteral("UPDATE topic SET (target_count, roadmap_node_id) = "
                                "(SELECT target_count, roadmap_node_id FROM topic WHERE id = ?) "
                                "WHERE id = ? AND target_count = 0 AND EXISTS "
                                "(SELECT 1 FROM topic WHERE id = ? AND target_count > 0)"));
    Query remove(m_db, QStringLiteral("DELETE FROM topic WHERE id = ?"));
    links.bindAll({into, from});
    moveAliases.bindAll({into, from});
    alias.bindAll({into, from});
    target.bindAll({from, into, from});
    remove.bind(from);
    return links.exec() && moveAliases.exec() && alias.exec() && target.exec() && remove.exec() &&
           remove.rowsAffected() == 1;
}

TopicStore::Rows TopicStore::rows(const QVector<qint64>& ids) const
{
    Rows saved;
    const QString in = Query::idList(ids);
    Query topics(m_db, QStringLiteral("SELECT id, name, target_count, coalesce(roadmap_node_id, 0) "
                                      "FROM topic WHERE id IN (%1) ORDER BY id")
                           .arg(in));
    if (topics.exec()) {
        while (topics.next())
            saved.topics.append(readTopic(topics));
    }
    Query links(m_db, QStringLiteral("SELECT problem_id, topic_id FROM problem_topic WHERE "
                                     "topic_id IN (%1) ORDER BY topic_id, problem_id")
                          .arg(in));
    if (links.exec()) {
        while (links.next())
            saved.links.append({links.value(0).toLongLong(), links.value(1).toLongLong()});
    }
    Query aliases(m_db, QStringLiteral("SELECT alias, topic_id FROM topic_alias WHERE topic_id IN "
                                       "(%1) ORDER BY topic_id, alias")
                            .arg(in));
    if (aliases.exec()) {
        while (aliases.next())
            saved.aliases.append({aliases.value(0).toString(), aliases.value(1).toLongLong()});
    }
    return saved;
}

bool TopicStore::restore(const Rows& saved, const QVector<qint64>& ids)
{
    const QString in = Query::idList(ids);
    QVector<qint64> existed;
    {
        Query q(m_db, QStringLiteral("SELECT id FROM topic WHERE id IN (%1)").arg(in));
        if (!q.exec())
            return false;
        while (q.next())
            existed.append(q.value(0).toLongLong());
    }
    Transaction t(m_db);
    // The aliases the merge gave `into` go; the saved ones come back below.
    Query clearAliases(m_db,
                       QStringLiteral("DELETE FROM topic_alias WHERE topic_id IN (%1)").arg(in));
    Query clearLinks(m_db,
                     QStringLiteral("DELETE FROM problem_topic WHERE topic_id IN (%1)").arg(in));
    if (!clearAliases.exec() || !clearLinks.exec())
        return false;
    Query topic(m_db, QStringLiteral("INSERT INTO topic(id, name, target_count, roadmap_node_id) "
                                     "VALUES(?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                     "name = excluded.name, target_count = excluded.target_count, "
                                     "roadmap_node_id = excluded.roadmap_node_id"));
    for (const Topic& row : saved.topics) {
        topic.bindAll({row.id, row.name, row.target,
                       row.roadmapNodeId > 0 ? QVariant(row.roadmapNodeId) : QVariant()});
        if (!topic.exec())
            return false;
    }
    Query link(m_db,
               QStringLiteral("INSERT INTO problem_topic(problem_id, topic_id) VALUES(?, ?)"));
    for (const auto& [problem, topicId] : saved.links) {
        link.bindAll({problem, topicId});
        if (!link.exec())
            return false;
    }
    Query alias(m_db, QStringLiteral("INSERT INTO topic_alias(alias, topic_id) VALUES(?, ?)"));
    for (const auto& [name, topicId] : saved.aliases) {
        alias.bindAll({name, topicId});
        if (!alias.exec())
            return false;
    }
    if (!t.commit())
        return false;
    ChangeSet changes;
    for (const Topic& row : saved.topics)
        (existed.contains(row.id) ? changes.changed : changes.inserted).append(row.id);
    announce(changes);
    return true;
}
