#pragma once

#include "core/jobs/ApplicationRecord.h"

#include <QUndoCommand>
#include <QVector>

class ApplicationStore;

// Saves edited fields, contacts and rounds of one application (detail dialog)
// or of many (bulk edit), in one transaction; undo writes the old values back.
class EditApplicationsCommand : public QUndoCommand
{
public:
    EditApplicationsCommand(ApplicationStore& store, const QVector<ApplicationRecord>& before,
                            const QVector<ApplicationRecord>& after, const QString& text);
    void redo() override;
    void undo() override;

private:
    ApplicationStore& m_store;
    QVector<ApplicationRecord> m_before;
    QVector<ApplicationRecord> m_after;
};
