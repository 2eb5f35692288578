#include "EditSkillCommand.h"

#include "core/skills/SkillStore.h"

#include <QCoreApplication>

EditSkillCommand::EditSkillCommand(SkillStore& store, qint64 skillId, const QString& name,
                                   Field field, const QString& from, const QString& to)
    : m_store(store)
    , m_id(skillId)
    , m_field(field)
    , m_from(from)
    , m_to(to)
{
    setText(
        field == Field::Category
            ? QCoreApplication::translate("EditSkillCommand", "Change the category of %1").arg(name)
            : QCoreApplication::translate("EditSkillCommand", "Edit the notes of %1").arg(name));
}

void EditSkillCommand::apply(const QString& value)
{
    if (m_field == Field::Category)
        m_store.setCategory(m_id, value);
    else
        m_store.setNotes(m_id, value);
}

void EditSkillCommand::undo()
{
    apply(m_from);
}

void EditSkillCommand::redo()
{
    apply(m_to);
}
