#pragma once

#include "core/dsa/ProblemRecord.h"
#include "core/dsa/ReviewSchedule.h"
#include "core/storage/ChunkedWrite.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>
#include <QVector>

class Database;
class ProblemStore;

// Every DSA edit but the quick-add: replaces the "before" snapshots with the
// "after" ones in one transaction, and back on undo. Add = nothing before,
// delete = nothing after, edit/bulk edit/reset/review = both. New records get
// their ids on the first redo and keep them, so redo after undo restores the
// same rows.
class ReplaceProblemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceProblemsCommand)
public:
    ReplaceProblemsCommand(ProblemStore& store, QVector<ProblemRecord> before,
                           QVector<ProblemRecord> after, const QString& text);
    // Grading the pending review of one problem on a day: the review is done, the
    // next one scheduled. Null when the problem is gone.
    static ReplaceProblemsCommand* review(ProblemStore& store, qint64 problemId,
                                          ReviewSchedule::Grade grade, const QDate& day);
    // An import (nothing before) writes here, before the command is pushed: in
    // one transaction with progress and cancel (nothing is written then). The
    // first redo, from push(), finds the rows in place.
    bool run(Database& db, const ChunkedWrite::Progress& progress, QString* error,
             bool* cancelled = nullptr);
    void redo() override;
    void undo() override;
    const QVector<ProblemRecord>& after() const { return m_after; }
    bool failed() const { return m_failed; }

private:
    static QVector<qint64> idsOf(const QVector<ProblemRecord>& records);
    ProblemStore& m_store;
    QVector<ProblemRecord> m_before;
    QVector<ProblemRecord> m_after;
    QStringList m_newTopics; // created by run(): undo takes them away again
    bool m_failed = false;
    bool m_ran = false;
};
