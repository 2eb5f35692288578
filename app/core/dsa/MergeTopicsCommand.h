#pragma once

#include "core/dsa/TopicStore.h"

#include <QUndoCommand>

class ProblemStore;

// Merges topics into one ("arrays", "Arrays & Hashing" into "Arrays and
// Strings"): their problems, target and names move to the kept topic. Undo
// puts back exactly the rows the merge rewrote.
class MergeTopicsCommand : public QUndoCommand
{
public:
    MergeTopicsCommand(TopicStore& topics, ProblemStore& problems, qint64 into,
                       const QVector<qint64>& from);
    void redo() override;
    void undo() override;

private:
    TopicStore& m_topics;
    ProblemStore& m_problems;
    qint64 m_into;
    QVector<qint64> m_from;
    TopicStore::Rows m_before;
    QVector<qint64> m_changedProblems;
};
