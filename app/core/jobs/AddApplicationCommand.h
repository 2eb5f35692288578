#pragma once

#include "Application.h"

#include <QUndoCommand>

class ApplicationStore;

// Records one application; undo removes it again.
class AddApplicationCommand : public QUndoCommand
{
public:
    AddApplicationCommand(ApplicationStore& store, const Application& application);
    void redo() override;
    void undo() override;
    qint64 applicationId() const { return m_id; }

private:
    ApplicationStore& m_store;
    Application m_application;
    qint64 m_id = 0;
};
