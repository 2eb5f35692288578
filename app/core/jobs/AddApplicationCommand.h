#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/ApplicationRecord.h"
#include "core/storage/ChunkedWrite.h"

#include <QUndoCommand>
#include <QVector>

class ApplicationStore;
class Database;

// Records one application (quick add) or many (import); undo removes them.
// Redo after undo puts back the same ids, so later commands on the stack that
// name those ids still find them.
class AddApplicationCommand : public QUndoCommand
{
public:
    AddApplicationCommand(ApplicationStore& store, const Application& application);
    AddApplicationCommand(ApplicationStore& store, const QVector<ApplicationRecord>& records,
                          const QString& text);
    // An import writes here, before the command is pushed: in one transaction
    // with progress and cancel (nothing is written then). The first redo,
    // from push(), finds the rows in place. False when it failed or was cancelled.
    bool run(Database& db, const ChunkedWrite::Progress& progress, QString* error,
             bool* cancelled = nullptr);
    void redo() override;
    void undo() override;
    qint64 applicationId() const { return m_ids.value(0); }

private:
    ApplicationStore& m_store;
    QVector<ApplicationRecord> m_records;
    QVector<qint64> m_ids;
    bool m_done = false;
    bool m_ran = false; // run() wrote the rows; the next redo has nothing to do
};
