#include "SkillStore.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

SkillStore::SkillStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

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

QVector<Milestone> SkillStore::loadMilestones() const
{
    QVector<Milestone> milestones;
    Query q(m_db, QStringLiteral("SELECT id, name, due_date FROM milestone ORDER BY due_date, id"));
    if (!q.exec())
        return milestones;
    while (q.next())
        milestones.append({q.value(0).toLongLong(), q.value(1).toString(),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate)});
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
    q.bindAll({name, Query::dateValue(due),
               roadmapNodeId > 0 ? QVariant(roadmapNodeId) : QVariant()});
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
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

bool SkillStore::setLevel(qint64 skillId, int level)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE skill SET level = ? WHERE id = ?"));
    q.bindAll({level, skillId});
    Query history(m_db, QStringLiteral("INSERT INTO skill_level_event(skill_id, level, changed_on) "
                                       "VALUES(?, ?, date('now'))"));
    history.bindAll({skillId, level});
    if (!q.exec() || !history.exec() || !tx.commit())
        return false;
    emit skillChanged(skillId);
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
