#include "EditApplicationsCommand.h"

#include "core/jobs/ApplicationStore.h"

EditApplicationsCommand::EditApplicationsCommand(ApplicationStore& store,
                                                 const QVector<ApplicationRecord>& before,
                                                 const QVector<ApplicationRecord>& after,
                                                 const QString& text)
    : m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditApplicationsCommand::redo()
{
    if (!m_store.updateMany(m_after))
        setObsolete(true);
}

void EditApplicationsCommand::undo()
{
    m_store.updateMany(m_before);
}
