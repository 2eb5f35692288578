#pragma once

#include "Skill.h"

#include <QObject>
#include <QVector>

class Database;

// Skills, milestones, per-milestone targets and the history of levels.
class SkillStore : public QObject
{
    Q_OBJECT
public:
    explicit SkillStore(Database& db, QObject* parent = nullptr);

    QVector<Skill> loadSkills() const;
    QVector<Milestone> loadMilestones() const;

    qint64 ensureSkill(const QString& name, const QString& category = {});
    qint64 ensureMilestone(const QString& name, const QDate& due, qint64 roadmapNodeId);
    bool setTarget(qint64 skillId, qint64 milestoneId, int level, const QString& label);
    bool setMilestoneDue(qint64 milestoneId, const QDate& due);
    // Records the change in the level history, dated today.
    bool setLevel(qint64 skillId, int level);

    int skillCount() const;
    int milestoneCount() const;

signals:
    void skillChanged(qint64 id);
    void reset();

private:
    Database& m_db;
};
