#include "MergeTopicsCommand.h"

#include "core/dsa/ProblemStore.h"

#include <QCoreApplication>

MergeTopicsCommand::MergeTopicsCommand(TopicStore& topics, ProblemStore& problems, qint64 into,
                                       const QVector<qint64>& from)
    : m_topics(topics)
    , m_problems(problems)
    , m_into(into)
    , m_from(from)
{
    QString name;
    for (const TopicStore::Topic& t : m_topics.rows({into}).topics)
        name = t.name;
    setText(QCoreApplication::translate("MergeTopicsCommand", "Merge %n topic(s) into \"%1\"", "",
                                        int(from.size()))
                .arg(name));
}

void MergeTopicsCommand::redo()
{
    QVector<qint64> all = m_from;
    all.prepend(m_into);
    m_before = m_topics.rows(all);
    const std::optional<QVector<qint64>> changed = m_topics.merge(m_into, m_from);
    if (!changed) {
        setObsolete(true);
        return;
    }
    m_changedProblems = *changed;
    // The problems' topic lists read differently now.
    if (!m_changedProblems.isEmpty())
        m_problems.announceChanged(m_changedProblems);
}

void MergeTopicsCommand::undo()
{
    QVector<qint64> all = m_from;
    all.prepend(m_into);
    if (m_topics.restore(m_before, all) && !m_changedProblems.isEmpty())
        m_problems.announceChanged(m_changedProblems);
}
