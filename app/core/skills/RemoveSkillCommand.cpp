#include "RemoveSkillCommand.h"

#include <QCoreApplication>

RemoveSkillCommand::RemoveSkillCommand(SkillStore& store, qint64 skillId)
    : m_store(store)
    , m_skill(store.loadSkill(skillId))
    , m_history(store.levelHistory(skillId))
    , m_links(store.linkedItems(skillId))
{
    setText(QCoreApplication::translate("RemoveSkillCommand", "Delete skill %1").arg(m_skill.name));
}

void RemoveSkillCommand::undo()
{
    m_store.restoreSkill(m_skill, m_history, m_links);
}

void RemoveSkillCommand::redo()
{
    m_store.removeSkill(m_skill.id);
}
