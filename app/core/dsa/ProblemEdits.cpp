#include "ProblemEdits.h"

#include <algorithm>

namespace {
void dropPendingReviews(ProblemRecord& record)
{
    record.reviews.erase(std::remove_if(record.reviews.begin(), record.reviews.end(),
                                        [](const Review& r) { return r.isPending(); }),
                         record.reviews.end());
}

void schedule(ProblemRecord& record, const QDate& due, int interval)
{
    dropPendingReviews(record);
    Review r;
    r.problemId = record.problem.id;
    r.dueOn = due;
    r.intervalDays = interval;
    record.reviews.append(r);
}
} // namespace

ProblemRecord ProblemEdits::newRecord(const Problem& problem, const QDate& today)
{
    ProblemRecord record;
    record.problem = problem;
    record.problem.id = 0;
    if (record.problem.slug.isEmpty())
        record.problem.slug = Problem::slugify(problem.title);
    const Problem::Status status = problem.status;
    record.problem.status = Problem::Status::Todo;
    if (status == Problem::Status::Todo)
        return record;
    Attempt a;
    a.day = problem.solvedOn.isValid() ? problem.solvedOn : today;
    a.minutes = problem.minutes;
    a.outcome =
        status == Problem::Status::Solved ? Attempt::Outcome::Solved : Attempt::Outcome::Partial;
    record.attempts.append(a);
    record.problem.status = status == Problem::Status::Solved ? Problem::Status::Todo : status;
    setStatus(record, status, a.day);
    return record;
}

void ProblemEdits::setStatus(ProblemRecord& record, Problem::Status status, const QDate& today)
{
    Problem& p = record.problem;
    const Problem::Status before = p.status;
    p.status = status;
    if (status == Problem::Status::Solved) {
        if (!p.solvedOn.isValid())
            p.solvedOn = today;
        if (before != Problem::Status::Solved && !record.pendingReview())
            schedule(record, today.addDays(ReviewSchedule::firstInterval()),
                     ReviewSchedule::firstInterval());
    } else if (status == Problem::Status::Revisit) {
        // The flag means "look at it again soon": due today, whatever the schedule said.
        schedule(record, today, ReviewSchedule::firstInterval());
    } else {
        p.solvedOn = QDate();
        dropPendingReviews(record);
    }
}

void ProblemEdits::addAttempt(ProblemRecord& record, const Attempt& attempt, const QDate& today)
{
    Attempt a = attempt;
    a.problemId = record.problem.id;
    if (!a.day.isValid())
        a.day = today;
    record.attempts.append(a);
    if (a.outcome == Attempt::Outcome::Solved && record.problem.status != Problem::Status::Solved) {
        record.problem.solvedOn = a.day;
        // A back-dated attempt starts the review schedule on its own day, not today.
        setStatus(record, Problem::Status::Solved, a.day);
    } else if (record.problem.status == Problem::Status::Todo) {
        record.problem.status = Problem::Status::Attempted;
    }
}

void ProblemEdits::completeReview(ProblemRecord& record, ReviewSchedule::Grade grade,
                                  const QDate& today)
{
    int interval = 0;
    for (Review& r : record.reviews) {
        if (r.isPending()) {
            r.doneOn = today;
            r.grade = int(grade);
            interval = r.intervalDays;
        }
    }
    Attempt reviewed;
    reviewed.problemId = record.problem.id;
    reviewed.day = today;
    reviewed.outcome = Attempt::Outcome::Reviewed;
    record.attempts.append(reviewed);
    const int next = ReviewSchedule::nextInterval(interval, grade);
    Review r;
    r.problemId = record.problem.id;
    r.dueOn = today.addDays(next);
    r.intervalDays = next;
    record.reviews.append(r);
    Problem& p = record.problem;
    if (grade == ReviewSchedule::Grade::Again) {
        p.status = Problem::Status::Revisit;
    } else if (p.status != Problem::Status::Solved) {
        p.status = Problem::Status::Solved;
        if (!p.solvedOn.isValid())
            p.solvedOn = today;
    }
}

void ProblemEdits::resetProgress(ProblemRecord& record)
{
    record.problem.status = Problem::Status::Todo;
    record.problem.solvedOn = QDate();
    record.problem.confidence = 0;
    dropPendingReviews(record);
}
