#include "LinkSkillItemsCommand.h"

#include "core/skills/SkillStore.h"

#include <QCoreApplication>

LinkSkillItemsCommand::LinkSkillItemsCommand(SkillStore& store, qint64 skillId, const QString& name,
                                             const QVector<qint64>& items, bool link)
    : m_store(store)
    , m_skillId(skillId)
    , m_link(link)
{
    const QVector<qint64> current = store.linkedItems(skillId);
    for (qint64 item : items) {
        if (current.contains(item) != link && !m_changed.contains(item))
            m_changed.append(item);
    }
    setText(link ? QCoreApplication::translate("LinkSkillItemsCommand", "Link %n item(s) to %1", "",
                                               int(m_changed.size()))
                       .arg(name)
                 : QCoreApplication::translate("LinkSkillItemsCommand", "Unlink %n item(s) from %1",
                                               "", int(m_changed.size()))
                       .arg(name));
    if (m_changed.isEmpty())
        setObsolete(true);
}

void LinkSkillItemsCommand::undo()
{
    for (qint64 item : m_changed)
        m_store.setLinked(m_skillId, item, !m_link);
}

void LinkSkillItemsCommand::redo()
{
    for (qint64 item : m_changed)
        m_store.setLinked(m_skillId, item, m_link);
}
