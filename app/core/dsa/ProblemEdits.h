#pragma once

#include "core/dsa/Attempt.h"
#include "core/dsa/ProblemRecord.h"
#include "core/dsa/ReviewSchedule.h"

// The rules of an edit, applied to a snapshot before a command writes it:
// solving schedules the first review, a review schedules the next one. Pure,
// with today's date passed in.
class ProblemEdits
{
public:
    // A newly logged problem: one attempt when it is logged as attempted or
    // solved (with its minutes), and a first review when solved.
    static ProblemRecord newRecord(const Problem& problem, const QDate& today);
    static void setStatus(ProblemRecord& record, Problem::Status status, const QDate& today);
    static void addAttempt(ProblemRecord& record, const Attempt& attempt, const QDate& today);
    static void completeReview(ProblemRecord& record, ReviewSchedule::Grade grade,
                               const QDate& today);
    // Back to "to do": status, solved date, confidence and pending reviews go;
    // attempts stay, because they are history the stats are built from.
    static void resetProgress(ProblemRecord& record);
};
