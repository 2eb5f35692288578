#include "SkillStore.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

SkillStore::SkillStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

QVector<Skill> SkillStore::loadSkills() const
{
    QVector<Skill> skills;
    Query q(m_db, QStringLiteral("SELECT id, name, category, level, notes FROM skill ORDER BY id"));
    if (!q.exec())
        return skills;
    QHash<qint64, int> index;
    while (q.next()) {
        Skill s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.category = q.value(2).toString();
        s.level = q.value(3).toInt();
        s.notes = q.value(4).toString();
        index.insert(s.id, int(skills.size()));
        skills.append(s);
    }
    Query t(m_db, QStringLiteral("SELECT skill_id, milestone_id, level, label FROM skill_target"));
    if (t.exec()) {
        while (t.next()) {
            const auto it = index.constFind(t.value(0).toLongLong());
            if (it != index.constEnd())
                skills[*it].targets.insert(t.value(1).toLongLong(),
                                           {t.value(2).toInt(), t.value(3).toString()});
        }
    }
    return skills;
}

Skill SkillStore::loadSkill(qint64 id) const
{
    // The table is small (tens of rows), so one code path for reading is worth more.
    for (const Skill& s : loadSkills()) {
        if (s.id == id)
            return s;
    }
    return {};
}

QVector<Milestone> SkillStore::loadMilestones() const
{
    QVector<Milestone> milestones;
    Query q(m_db, QStringLiteral("SELECT id, name, due_date FROM milestone ORDER BY due_date, id"));
    if (!q.exec())
        return milestones;
    while (q.next())
        milestones.append(
            {q.value(0).toLongLong(), q.value(1).toString(), Query::dateFrom(q.value(2))});
    return milestones;
}

qint64 SkillStore::ensureSkill(const QString& name, const QString& category)
{
    Query insert(m_db, QStringLiteral("INSERT OR IGNORE INTO skill(name, category) VALUES(?, ?)"));
    insert.bindAll({name, category});
    if (!insert.exec())
        return 0;
    Query q(m_db, QStringLiteral("SELECT id FROM skill WHERE name = ?"));
    q.bind(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SkillStore::ensureMilestone(const QString& name, const QDate& due, qint64 roadmapNodeId)
{
    Query q(m_db, QStringLiteral("INSERT INTO milestone(name, due_date, roadmap_node_id) "
                                 "VALUES(?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                                 "due_date = excluded.due_date, roadmap_node_id = "
                                 "excluded.roadmap_node_id RETURNING id"));
    q.bindAll(
        {name, Query::dateValue(due), roadmapNodeId > 0 ? QVariant(roadmapNodeId) : QVariant()});
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool SkillStore::removeMilestonesExcept(const QVector<qint64>& keep)
{
    Query all(m_db, QStringLiteral("SELECT id FROM milestone"));
    if (!all.exec())
        return false;
    QVector<qint64> drop;
    while (all.next()) {
        if (!keep.contains(all.value(0).toLongLong()))
            drop.append(all.value(0).toLongLong());
    }
    for (qint64 id : drop) {
        Query q(m_db, QStringLiteral("DELETE FROM milestone WHERE id = ?"));
        q.bind(id);
        if (!q.exec())
            return false;
    }
    return true;
}

bool SkillStore::setTarget(qint64 skillId, qint64 milestoneId, int level, const QString& label)
{
    Query q(m_db, QStringLiteral("INSERT INTO skill_target(skill_id, milestone_id, level, label) "
                                 "VALUES(?,?,?,?) ON CONFLICT(skill_id, milestone_id) DO UPDATE "
                                 "SET level = excluded.level, label = excluded.label"));
    q.bindAll({skillId, milestoneId, level, label});
    return q.exec();
}

bool SkillStore::setMilestoneDue(qint64 milestoneId, const QDate& due)
{
    Query q(m_db, QStringLiteral("UPDATE milestone SET due_date = ? WHERE id = ?"));
    q.bindAll({Query::dateValue(due), milestoneId});
    return q.exec();
}

bool SkillStore::changeTarget(qint64 skillId, qint64 milestoneId, int level, const QString& label)
{
    if (!setTarget(skillId, milestoneId, level, label))
        return false;
    announceChanged({skillId});
    return true;
}

bool SkillStore::clearTarget(qint64 skillId, qint64 milestoneId)
{
    Query q(m_db,
            QStringLiteral("DELETE FROM skill_target WHERE skill_id = ? AND milestone_id = ?"));
    q.bindAll({skillId, milestoneId});
    if (!q.exec())
        return false;
    announceChanged({skillId});
    return true;
}

qint64 SkillStore::setLevel(qint64 skillId, int level, const QDate& day)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE skill SET level = ? WHERE id = ?"));
    q.bindAll({level, skillId});
    Query history(m_db, QStringLiteral("INSERT INTO skill_level_event(skill_id, level, changed_on) "
                                       "VALUES(?, ?, ?)"));
    history.bindAll({skillId, level, Query::dateValue(day)});
    if (!q.exec() || q.rowsAffected() != 1 || !history.exec())
        return 0;
    const qint64 eventId = history.lastInsertId();
    if (!tx.commit())
        return 0;
    announceChanged({skillId});
    return eventId;
}

bool SkillStore::revertLevel(qint64 skillId, int level, qint64 eventId)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE skill SET level = ? WHERE id = ?"));
    q.bindAll({level, skillId});
    Query forget(m_db,
                 QStringLiteral("DELETE FROM skill_level_event WHERE id = ? AND skill_id = ?"));
    forget.bindAll({eventId, skillId});
    if (!q.exec() || !forget.exec() || !tx.commit())
        return false;
    announceChanged({skillId});
    return true;
}

bool SkillStore::setColumn(qint64 skillId, const QString& sql, const QVariant& value)
{
    Query q(m_db, sql);
    q.bindAll({value, skillId});
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceChanged({skillId});
    return true;
}

bool SkillStore::setCategory(qint64 skillId, const QString& category)
{
    return setColumn(skillId, QStringLiteral("UPDATE skill SET category = ? WHERE id = ?"),
                     category);
}

bool SkillStore::setNotes(qint64 skillId, const QString& notes)
{
    return setColumn(skillId, QStringLiteral("UPDATE skill SET notes = ? WHERE id = ?"), notes);
}

qint64 SkillStore::addSkill(const QString& name, const QString& category)
{
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO skill(name, category) VALUES(?, ?)"));
    q.bindAll({name, category});
    if (!q.exec() || q.rowsAffected() != 1)
        return 0;
    const qint64 id = q.lastInsertId();
    announceInserted({id});
    return id;
}

bool SkillStore::removeSkill(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM skill WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceRemoved({id});
    return true;
}

bool SkillStore::restoreSkill(const Skill& skill, const QVector<LevelEvent>& history,
                              const QVector<qint64>& linkedItems)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO skill(id, name, category, level, notes) "
                                 "VALUES(?, ?, ?, ?, ?)"));
    q.bindAll({skill.id, skill.name, skill.category, skill.level, skill.notes});
    if (!q.exec())
        return false;
    for (auto it = skill.targets.cbegin(); it != skill.targets.cend(); ++it) {
        if (!setTarget(skill.id, it.key(), it->level, it->label))
            return false;
    }
    for (const LevelEvent& e : history) {
        Query h(m_db, QStringLiteral("INSERT INTO skill_level_event(id, skill_id, level, "
                                     "changed_on) VALUES(?, ?, ?, ?)"));
        h.bindAll({e.id, skill.id, e.level, Query::dateValue(e.day)});
        if (!h.exec())
            return false;
    }
    for (qint64 node : linkedItems) {
        Query l(m_db, QStringLiteral("INSERT OR IGNORE INTO skill_item_link(skill_id, "
                                     "roadmap_node_id) VALUES(?, ?)"));
        l.bindAll({skill.id, node});
        if (!l.exec())
            return false;
    }
    if (!tx.commit())
        return false;
    announceInserted({skill.id});
    return true;
}

QVector<SkillStore::LevelEvent> SkillStore::readHistory(const QString& sql,
                                                        const QVariant& skillId) const
{
    QVector<LevelEvent> events;
    Query q(m_db, sql);
    if (skillId.isValid())
        q.bind(skillId);
    if (!q.exec())
        return events;
    while (q.next())
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       Query::dateFrom(q.value(3))});
    return events;
}

QVector<SkillStore::LevelEvent> SkillStore::levelHistory(qint64 skillId) const
{
    return readHistory(QStringLiteral("SELECT id, skill_id, level, changed_on FROM "
                                      "skill_level_event WHERE skill_id = ? "
                                      "ORDER BY changed_on, id"),
                       skillId);
}

QVector<SkillStore::LevelEvent> SkillStore::allLevelHistory() const
{
    return readHistory(QStringLiteral("SELECT id, skill_id, level, changed_on FROM "
                                      "skill_level_event ORDER BY changed_on, id"),
                       QVariant());
}

QVector<qint64> SkillStore::linkedItems(qint64 skillId) const
{
    QVector<qint64> ids;
    Query q(m_db, QStringLiteral("SELECT roadmap_node_id FROM skill_item_link WHERE skill_id = ? "
                                 "ORDER BY roadmap_node_id"));
    q.bind(skillId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool SkillStore::setLinked(qint64 skillId, qint64 roadmapNodeId, bool linked)
{
    Query q(m_db, linked ? QStringLiteral("INSERT OR IGNORE INTO skill_item_link(skill_id, "
                                          "roadmap_node_id) VALUES(?, ?)")
                         : QStringLiteral("DELETE FROM skill_item_link WHERE skill_id = ? AND "
                                          "roadmap_node_id = ?"));
    q.bindAll({skillId, roadmapNodeId});
    if (!q.exec())
        return false;
    announceChanged({skillId});
    return true;
}

int SkillStore::skillCount() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM skill"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int SkillStore::milestoneCount() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM milestone"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
