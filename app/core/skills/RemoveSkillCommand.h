#pragma once

#include "core/skills/SkillStore.h"

#include <QUndoCommand>

// Deletes a skill with its targets, history and links; undo restores all of
// them, so deleting needs no confirmation dialog.
class RemoveSkillCommand : public QUndoCommand
{
public:
    RemoveSkillCommand(SkillStore& store, qint64 skillId);
    void undo() override;
    void redo() override;

private:
    SkillStore& m_store;
    Skill m_skill;
    QVector<SkillStore::LevelEvent> m_history;
    QVector<qint64> m_links;
};
