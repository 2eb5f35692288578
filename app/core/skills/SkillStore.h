#pragma once

#include "core/skills/Skill.h"
#include "core/storage/ChangeNotifier.h"

#include <QDate>
#include <QVector>

class Database;

// Skills, milestones, per-milestone targets, the history of levels and the
// roadmap items linked to each skill as evidence.
class SkillStore : public ChangeNotifier
{
    Q_OBJECT
public:
    struct LevelEvent
    {
        qint64 id = 0;
        qint64 skillId = 0;
        int level = 0;
        QDate day;
    };

    explicit SkillStore(Database& db, QObject* parent = nullptr);

    QVector<Skill> loadSkills() const;
    QVector<Milestone> loadMilestones() const;
    // One skill with its targets; id 0 when it does not exist.
    Skill loadSkill(qint64 id) const;

    qint64 ensureSkill(const QString& name, const QString& category = {});
    qint64 ensureMilestone(const QString& name, const QDate& due, qint64 roadmapNodeId);
    // Drops milestones (and their targets) a re-imported plan no longer has.
    bool removeMilestonesExcept(const QVector<qint64>& keep);
    // Silent: the plan importer announces the whole import with reset().
    bool setTarget(qint64 skillId, qint64 milestoneId, int level, const QString& label);
    bool setMilestoneDue(qint64 milestoneId, const QDate& due);

    // User edits; each announces the change with rowsChanged().
    // Records the change in the level history on `day` and returns the event id (0 on failure).
    qint64 setLevel(qint64 skillId, int level, const QDate& day = QDate::currentDate());
    // Undoes setLevel(): restores the level and forgets the history event.
    bool revertLevel(qint64 skillId, int level, qint64 eventId);
    bool setCategory(qint64 skillId, const QString& category);
    bool setNotes(qint64 skillId, const QString& notes);
    bool changeTarget(qint64 skillId, qint64 milestoneId, int level, const QString& label);
    bool clearTarget(qint64 skillId, qint64 milestoneId);

    // Returns the new id, or 0 (a skill with the name exists, or an error).
    qint64 addSkill(const QString& name, const QString& category);
    bool removeSkill(qint64 id);
    // Puts back a removed skill with its id, targets, history and links (undo of remove).
    bool restoreSkill(const Skill& skill, const QVector<LevelEvent>& history,
                      const QVector<qint64>& linkedItems);

    // Oldest first.
    QVector<LevelEvent> levelHistory(qint64 skillId) const;
    QVector<LevelEvent> allLevelHistory() const;

    QVector<qint64> linkedItems(qint64 skillId) const;
    bool setLinked(qint64 skillId, qint64 roadmapNodeId, bool linked);

    int skillCount() const;
    int milestoneCount() const;

private:
    bool setColumn(qint64 skillId, const QString& sql, const QVariant& value);
    QVector<LevelEvent> readHistory(const QString& sql, const QVariant& skillId) const;

    Database& m_db;
};
