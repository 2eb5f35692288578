#include "AddSkillCommand.h"

#include "core/skills/SkillStore.h"

#include <QCoreApplication>

AddSkillCommand::AddSkillCommand(SkillStore& store, const QString& name, const QString& category)
    : m_store(store)
    , m_name(name)
    , m_category(category)
{
    setText(QCoreApplication::translate("AddSkillCommand", "Add skill %1").arg(name));
}

void AddSkillCommand::undo()
{
    if (m_id > 0)
        m_store.removeSkill(m_id);
}

void AddSkillCommand::redo()
{
    if (m_id == 0) {
        m_id = m_store.addSkill(m_name, m_category);
        if (m_id == 0)
            setObsolete(true); // nothing happened, so there is nothing to undo
        return;
    }
    Skill skill;
    skill.id = m_id;
    skill.name = m_name;
    skill.category = m_category;
    m_store.restoreSkill(skill, {}, {});
}
