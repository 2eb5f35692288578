#pragma once

#include <QDate>
#include <QUndoCommand>

class SkillStore;

// Moves a skill's current level and records the change in its history; undo
// puts the old level back and forgets the history event, so the history only
// holds changes the user kept.
class SetSkillLevelCommand : public QUndoCommand
{
public:
    SetSkillLevelCommand(SkillStore& store, qint64 skillId, const QString& name, int from, int to,
                         const QDate& day = QDate::currentDate());
    void undo() override;
    void redo() override;

private:
    SkillStore& m_store;
    qint64 m_id;
    int m_from;
    int m_to;
    QDate m_day;
    qint64 m_eventId = 0;
};
