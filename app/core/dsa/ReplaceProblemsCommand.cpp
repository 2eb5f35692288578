#include "ReplaceProblemsCommand.h"

#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"

ReplaceProblemsCommand::ReplaceProblemsCommand(ProblemStore& store, QVector<ProblemRecord> before,
                                               QVector<ProblemRecord> after, const QString& text)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

ReplaceProblemsCommand* ReplaceProblemsCommand::review(ProblemStore& store, qint64 problemId,
                                                       ReviewSchedule::Grade grade,
                                                       const QDate& day)
{
    const QVector<ProblemRecord> before = store.records({problemId});
    if (before.isEmpty())
        return nullptr;
    ProblemRecord after = before.first();
    ProblemEdits::completeReview(after, grade, day);
    return new ReplaceProblemsCommand(
        store, before, {after},
        tr("Reviewed \"%1\" (%2)").arg(after.problem.title, ReviewSchedule::gradeName(grade)));
}

QVector<qint64> ReplaceProblemsCommand::idsOf(const QVector<ProblemRecord>& records)
{
    QVector<qint64> ids;
    ids.reserve(records.size());
    for (const ProblemRecord& r : records) {
        if (r.problem.id > 0)
            ids.append(r.problem.id);
    }
    return ids;
}

bool ReplaceProblemsCommand::run(Database& db, const ChunkedWrite::Progress& progress,
                                 QString* error, bool* cancelled)
{
    Q_ASSERT(m_before.isEmpty()); // an import only adds
    // An import's topics are part of it: undo must leave the topic list as it was.
    TopicStore topics(db);
    const QStringList topicsBefore = topics.names();
    QVector<ProblemRecord> written = m_after;
    const auto write = [&](int from, int to) {
        QVector<ProblemRecord> chunk = written.mid(from, to - from);
        if (!m_store.replace({}, chunk))
            return false;
        std::copy(chunk.cbegin(), chunk.cend(), written.begin() + from);
        return true;
    };
    if (!ChunkedWrite::run(db, m_store, int(written.size()), write, progress, error, cancelled))
        return false;
    m_after = written; // with their ids, for undo and redo
    m_ran = true;
    for (const QString& name : topics.names()) {
        if (!topicsBefore.contains(name, Qt::CaseInsensitive))
            m_newTopics.append(name);
    }
    m_store.announceInserted(idsOf(m_after)); // held back while the transaction ran
    return true;
}

void ReplaceProblemsCommand::redo()
{
    if (m_ran) {
        m_ran = false;
        return;
    }
    m_failed = !m_store.replace(idsOf(m_before), m_after);
    if (m_failed)
        setObsolete(true); // nothing was written, so there is nothing to undo
}

void ReplaceProblemsCommand::undo()
{
    m_store.replace(idsOf(m_after), m_before, m_newTopics);
}
