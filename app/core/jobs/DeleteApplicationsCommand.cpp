#include "DeleteApplicationsCommand.h"

#include "core/jobs/ApplicationStore.h"

#include <QCoreApplication>

DeleteApplicationsCommand::DeleteApplicationsCommand(ApplicationStore& store,
                                                     const QVector<qint64>& ids)
    : m_store(store)
    , m_ids(ids)
{
    setText(QCoreApplication::translate("DeleteApplicationsCommand", "Delete %n application(s)", "",
                                        int(ids.size())));
}

void DeleteApplicationsCommand::redo()
{
    m_saved.clear();
    for (qint64 id : std::as_const(m_ids))
        m_saved.append(m_store.loadRecord(id));
    if (!m_store.removeMany(m_ids))
        setObsolete(true);
}

void DeleteApplicationsCommand::undo()
{
    m_store.addMany(m_saved, true);
}
