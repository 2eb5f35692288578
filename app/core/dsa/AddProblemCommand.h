#pragma once

#include "core/dsa/Problem.h"

#include <QUndoCommand>

class ProblemStore;

// Logs one problem; undo removes it again.
class AddProblemCommand : public QUndoCommand
{
public:
    AddProblemCommand(ProblemStore& store, const Problem& problem);
    void redo() override;
    void undo() override;
    qint64 problemId() const { return m_id; }

private:
    ProblemStore& m_store;
    Problem m_problem;
    qint64 m_id = 0;
};
