#pragma once

#include "core/skills/Skill.h"

#include <QUndoCommand>
#include <optional>

class SkillStore;

// Sets (or clears, with no target) a skill's target at one milestone; undo
// restores the old target or its absence.
class SetSkillTargetCommand : public QUndoCommand
{
public:
    SetSkillTargetCommand(SkillStore& store, qint64 skillId, const QString& name,
                          qint64 milestoneId, std::optional<Skill::Target> from,
                          std::optional<Skill::Target> to);
    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<Skill::Target>& target);

    SkillStore& m_store;
    qint64 m_skillId;
    qint64 m_milestoneId;
    std::optional<Skill::Target> m_from;
    std::optional<Skill::Target> m_to;
};
