#include "SetSkillTargetCommand.h"

#include "core/skills/SkillStore.h"

#include <QCoreApplication>

SetSkillTargetCommand::SetSkillTargetCommand(SkillStore& store, qint64 skillId, const QString& name,
                                             qint64 milestoneId, std::optional<Skill::Target> from,
                                             std::optional<Skill::Target> to)
    : m_store(store)
    , m_skillId(skillId)
    , m_milestoneId(milestoneId)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    setText(
        QCoreApplication::translate("SetSkillTargetCommand", "Change the target of %1").arg(name));
}

void SetSkillTargetCommand::apply(const std::optional<Skill::Target>& target)
{
    if (target)
        m_store.changeTarget(m_skillId, m_milestoneId, target->level, target->label);
    else
        m_store.clearTarget(m_skillId, m_milestoneId);
}

void SetSkillTargetCommand::undo()
{
    apply(m_from);
}

void SetSkillTargetCommand::redo()
{
    apply(m_to);
}
