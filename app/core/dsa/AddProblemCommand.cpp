#include "AddProblemCommand.h"

#include "core/dsa/ProblemStore.h"

#include <QCoreApplication>

AddProblemCommand::AddProblemCommand(ProblemStore& store, const Problem& problem)
    : m_store(store)
    , m_problem(problem)
{
    setText(QCoreApplication::translate("AddProblemCommand", "Log \"%1\"").arg(problem.title));
}

void AddProblemCommand::redo()
{
    m_id = m_store.add(m_problem);
    if (m_id == 0)
        setObsolete(true);
}

void AddProblemCommand::undo()
{
    if (m_id != 0)
        m_store.remove(m_id);
}
