#pragma once

#include "core/jobs/ApplicationRecord.h"

#include <QUndoCommand>
#include <QVector>

class ApplicationStore;

// Deletes applications with their contacts, rounds and history; undo restores
// all of it under the same ids. Deleting is never confirmed, only undone.
class DeleteApplicationsCommand : public QUndoCommand
{
public:
    DeleteApplicationsCommand(ApplicationStore& store, const QVector<qint64>& ids);
    void redo() override;
    void undo() override;

private:
    ApplicationStore& m_store;
    QVector<qint64> m_ids;
    QVector<ApplicationRecord> m_saved;
};
