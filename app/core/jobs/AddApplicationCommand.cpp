#include "AddApplicationCommand.h"

#include "ApplicationStore.h"

#include <QCoreApplication>

AddApplicationCommand::AddApplicationCommand(ApplicationStore& store, const Application& a)
    : m_store(store)
    , m_application(a)
{
    setText(QCoreApplication::translate("AddApplicationCommand", "Add application to %1")
                .arg(a.company));
}

void AddApplicationCommand::redo()
{
    m_id = m_store.add(m_application);
    if (m_id == 0)
        setObsolete(true);
}

void AddApplicationCommand::undo()
{
    if (m_id != 0)
        m_store.remove(m_id);
}
