#include "AddApplicationCommand.h"

#include "core/jobs/ApplicationStore.h"

#include <QCoreApplication>

AddApplicationCommand::AddApplicationCommand(ApplicationStore& store, const Application& a)
    : m_store(store)
{
    ApplicationRecord r;
    r.application = a;
    m_records.append(r);
    setText(QCoreApplication::translate("AddApplicationCommand", "Add application to %1")
                .arg(a.company));
}

AddApplicationCommand::AddApplicationCommand(ApplicationStore& store,
                                             const QVector<ApplicationRecord>& records,
                                             const QString& text)
    : m_store(store)
    , m_records(records)
{
    setText(text);
}

bool AddApplicationCommand::run(Database& db, const ChunkedWrite::Progress& progress,
                                QString* error, bool* cancelled)
{
    QVector<qint64> ids;
    const auto write = [&](int from, int to) {
        QVector<qint64> chunk;
        if (!m_store.addMany(m_records.mid(from, to - from), false, &chunk))
            return false;
        ids += chunk;
        return true;
    };
    if (!ChunkedWrite::run(db, m_store, int(m_records.size()), write, progress, error, cancelled))
        return false;
    m_ids = ids;
    m_done = true;
    m_ran = true;
    // Held back while the transaction ran; announced now that the rows are in.
    m_store.announceInserted(m_ids);
    return true;
}

void AddApplicationCommand::redo()
{
    if (m_ran) {
        m_ran = false;
        return;
    }
    // The first time the store chooses the ids; afterwards the records saved by
    // undo (with their ids and history) go back as they were.
    if (!m_store.addMany(m_records, m_done, m_done ? nullptr : &m_ids))
        setObsolete(true);
    m_done = true;
}

void AddApplicationCommand::undo()
{
    m_records.clear();
    for (qint64 id : std::as_const(m_ids))
        m_records.append(m_store.loadRecord(id));
    m_store.removeMany(m_ids);
}
