#include "SetSkillLevelCommand.h"

#include "core/skills/SkillStore.h"

#include <QCoreApplication>

SetSkillLevelCommand::SetSkillLevelCommand(SkillStore& store, qint64 skillId, const QString& name,
                                           int from, int to, const QDate& day)
    : m_store(store)
    , m_id(skillId)
    , m_from(from)
    , m_to(to)
    , m_day(day)
{
    setText(QCoreApplication::translate("SetSkillLevelCommand", "Set %1 to level %2")
                .arg(name)
                .arg(to));
}

void SetSkillLevelCommand::undo()
{
    m_store.revertLevel(m_id, m_from, m_eventId);
}

void SetSkillLevelCommand::redo()
{
    m_eventId = m_store.setLevel(m_id, m_to, m_day);
}
