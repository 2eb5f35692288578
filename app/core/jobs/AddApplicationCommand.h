#pragma once

#include "Application.h"
#include "ApplicationRecord.h"

#include <QUndoCommand>
#include <QVector>

class ApplicationStore;

// Records one application (quick add) or many (import); undo removes them.
// Redo after undo puts back the same ids, so later commands on the stack that
// name those ids still find them.
class AddApplicationCommand : public QUndoCommand
{
public:
    AddApplicationCommand(ApplicationStore& store, const Application& application);
    AddApplicationCommand(ApplicationStore& store, const QVector<ApplicationRecord>& records,
                          const QString& text);
    void redo() override;
    void undo() override;
    qint64 applicationId() const { return m_ids.value(0); }
    QVector<qint64> applicationIds() const { return m_ids; }

private:
    ApplicationStore& m_store;
    QVector<ApplicationRecord> m_records;
    QVector<qint64> m_ids;
    bool m_done = false;
};
