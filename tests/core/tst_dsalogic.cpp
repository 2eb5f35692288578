#include "core/dsa/DsaStats.h"
#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ReviewSchedule.h"
#include "core/dsa/TopicMatcher.h"

#include <QTest>
#include <QTimeZone>

// Pure DSA rules with a fake clock: reviews, streaks, stats, topic matching.
class TestDsaLogic : public QObject
{
    Q_OBJECT
private slots:
    void reviewIntervals();
    void solvingSchedulesReviewsWithAFakeClock();
    void revisitFlagIsDueToday();
    void backDatedAttemptSchedulesFromItsDay();
    void resetKeepsHistory();
    void streakAcrossDayBoundaries();
    void streakMinimumPerDay();
    void streakUsesLocalDates();
    void activityAndMinutesPerWeek();
    void solvedByDifficulty();
    void topicMatching_data();
    void topicMatching();
};

namespace {
Attempt attemptOn(const QDate& day, int minutes = 20,
                  Attempt::Outcome outcome = Attempt::Outcome::Solved)
{
    Attempt a;
    a.day = day;
    a.minutes = minutes;
    a.outcome = outcome;
    return a;
}
} // namespace

void TestDsaLogic::backDatedAttemptSchedulesFromItsDay()
{
    // Logged today for a problem solved a week ago: the first review was due six days ago.
    const QDate today(2026, 5, 20);
    ProblemRecord record;
    record.problem.title = QStringLiteral("Two Sum");
    ProblemEdits::addAttempt(record, attemptOn(today.addDays(-7)), today);
    QCOMPARE(record.problem.status, Problem::Status::Solved);
    QCOMPARE(record.problem.solvedOn, today.addDays(-7));
    QVERIFY(record.pendingReview());
    QCOMPARE(record.pendingReview()->dueOn, today.addDays(-7 + ReviewSchedule::firstInterval()));
}

void TestDsaLogic::reviewIntervals()
{
    using G = ReviewSchedule::Grade;
    QCOMPARE(ReviewSchedule::nextInterval(1, G::Good), 3);
    QCOMPARE(ReviewSchedule::nextInterval(3, G::Good), 7);
    QCOMPARE(ReviewSchedule::nextInterval(7, G::Good), 14);
    QCOMPARE(ReviewSchedule::nextInterval(14, G::Good), 30);
    QCOMPARE(ReviewSchedule::nextInterval(30, G::Good), 60);
    QCOMPARE(ReviewSchedule::nextInterval(120, G::Good), 180);
    QCOMPARE(ReviewSchedule::nextInterval(1, G::Easy), 7);
    QCOMPARE(ReviewSchedule::nextInterval(7, G::Hard), 7);
    QCOMPARE(ReviewSchedule::nextInterval(14, G::Again), 1);
    QCOMPARE(ReviewSchedule::nextDue(QDate(2026, 2, 27), 3, G::Good), QDate(2026, 3, 6));
}

void TestDsaLogic::solvingSchedulesReviewsWithAFakeClock()
{
    QDate today(2026, 3, 1); // the fake clock
    Problem p;
    p.title = QStringLiteral("Two Sum");
    ProblemRecord r = ProblemEdits::newRecord(p, today);
    QVERIFY(r.reviews.isEmpty());
    ProblemEdits::setStatus(r, Problem::Status::Solved, today);
    QCOMPARE(r.problem.solvedOn, today);
    QVERIFY(r.pendingReview());
    QCOMPARE(r.pendingReview()->dueOn, QDate(2026, 3, 2));

    today = QDate(2026, 3, 2);
    ProblemEdits::completeReview(r, ReviewSchedule::Grade::Good, today);
    QCOMPARE(r.pendingReview()->dueOn, QDate(2026, 3, 5)); // 3 days
    QCOMPARE(r.reviews.size(), 2);
    QCOMPARE(r.reviews[0].doneOn, today);
    QCOMPARE(r.reviews[0].grade, int(ReviewSchedule::Grade::Good));
    QCOMPARE(r.attempts.last().outcome, Attempt::Outcome::Reviewed);

    today = QDate(2026, 3, 5);
    ProblemEdits::completeReview(r, ReviewSchedule::Grade::Easy, today);
    QCOMPARE(r.pendingReview()->dueOn, QDate(2026, 3, 19)); // 3 -> 14 (one step skipped)

    today = QDate(2026, 3, 19);
    ProblemEdits::completeReview(r, ReviewSchedule::Grade::Again, today);
    QCOMPARE(r.pendingReview()->dueOn, QDate(2026, 3, 20));
    QCOMPARE(r.problem.status, Problem::Status::Revisit);
    QVERIFY(r.problem.countsAsSolved()); // solved once, flagged for another look

    // Solving again while a review is pending does not stack reviews.
    ProblemEdits::setStatus(r, Problem::Status::Solved, today);
    int pending = 0;
    for (const Review& rv : r.reviews)
        pending += rv.isPending() ? 1 : 0;
    QCOMPARE(pending, 1);
}

void TestDsaLogic::revisitFlagIsDueToday()
{
    const QDate today(2026, 4, 10);
    Problem p;
    p.title = QStringLiteral("LRU Cache");
    p.status = Problem::Status::Solved;
    ProblemRecord r = ProblemEdits::newRecord(p, QDate(2026, 4, 1));
    QCOMPARE(r.pendingReview()->dueOn, QDate(2026, 4, 2));
    QCOMPARE(r.attempts.size(), 1);
    ProblemEdits::setStatus(r, Problem::Status::Revisit, today);
    QCOMPARE(r.pendingReview()->dueOn, today);
    ProblemEdits::setStatus(r, Problem::Status::Todo, today);
    QVERIFY(!r.pendingReview());
    QVERIFY(!r.problem.solvedOn.isValid());
}

void TestDsaLogic::resetKeepsHistory()
{
    Problem p;
    p.title = QStringLiteral("Two Sum");
    p.status = Problem::Status::Solved;
    p.confidence = 4;
    ProblemRecord r = ProblemEdits::newRecord(p, QDate(2026, 4, 1));
    ProblemEdits::resetProgress(r);
    QCOMPARE(r.problem.status, Problem::Status::Todo);
    QCOMPARE(r.problem.confidence, 0);
    QVERIFY(!r.pendingReview());
    QCOMPARE(r.attempts.size(), 1);
}

void TestDsaLogic::streakAcrossDayBoundaries()
{
    // Three days in a row across a month and a year boundary.
    const QVector<Attempt> attempts{attemptOn(QDate(2025, 12, 30)), attemptOn(QDate(2025, 12, 31)),
                                    attemptOn(QDate(2026, 1, 1)), attemptOn(QDate(2025, 12, 20))};
    auto s = DsaStats::streak(attempts, QDate(2026, 1, 1), 1);
    QCOMPARE(s.current, 3);
    QCOMPARE(s.best, 3);
    QVERIFY(s.todayCounted);
    // The next morning, before practising, the streak is still alive…
    s = DsaStats::streak(attempts, QDate(2026, 1, 2), 1);
    QCOMPARE(s.current, 3);
    QVERIFY(!s.todayCounted);
    // …but a whole missed day breaks it.
    s = DsaStats::streak(attempts, QDate(2026, 1, 3), 1);
    QCOMPARE(s.current, 0);
    QCOMPARE(s.best, 3);
    // Leap day.
    s = DsaStats::streak({attemptOn(QDate(2028, 2, 28)), attemptOn(QDate(2028, 2, 29)),
                          attemptOn(QDate(2028, 3, 1))},
                         QDate(2028, 3, 1), 1);
    QCOMPARE(s.current, 3);
}

void TestDsaLogic::streakMinimumPerDay()
{
    const QDate d(2026, 5, 10);
    const QVector<Attempt> attempts{attemptOn(d.addDays(-2)), attemptOn(d.addDays(-2)),
                                    attemptOn(d.addDays(-1)), attemptOn(d), attemptOn(d)};
    QCOMPARE(DsaStats::streak(attempts, d, 1).current, 3);
    // With two a day, the day with one breaks the run.
    const auto two = DsaStats::streak(attempts, d, 2);
    QCOMPARE(two.current, 1);
    QCOMPARE(two.best, 1);
    QCOMPARE(DsaStats::streak(attempts, d, 3).current, 0);
}

void TestDsaLogic::streakUsesLocalDates()
{
    // 23:30 UTC on 1 March is already 2 March in India and still 1 March in New York.
    const QDateTime late(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc());
    const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
    const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    QVERIFY(kolkata.isValid() && newYork.isValid());
    QCOMPARE(DsaStats::localDay(late, kolkata), QDate(2026, 3, 2));
    QCOMPARE(DsaStats::localDay(late, newYork), QDate(2026, 3, 1));
    // Practice at 10:00 local on 1 March and 23:30 UTC (= 05:00 local 2 March) in
    // Kolkata is two days in a row there, but one day in UTC terms.
    const QDateTime morning(QDate(2026, 3, 1), QTime(10, 0), kolkata);
    const QVector<Attempt> local{attemptOn(DsaStats::localDay(morning, kolkata)),
                                 attemptOn(DsaStats::localDay(late, kolkata))};
    QCOMPARE(DsaStats::streak(local, QDate(2026, 3, 2), 1).current, 2);
    const QVector<Attempt> utc{attemptOn(DsaStats::localDay(morning, QTimeZone::utc())),
                               attemptOn(DsaStats::localDay(late, QTimeZone::utc()))};
    QCOMPARE(DsaStats::streak(utc, QDate(2026, 3, 1), 1).current, 1);
    // Across a daylight-saving change in New York (8 March 2026) days stay whole.
    const QDateTime beforeDst(QDate(2026, 3, 7), QTime(23, 0), newYork);
    const QDateTime afterDst(QDate(2026, 3, 8), QTime(23, 0), newYork);
    QCOMPARE(DsaStats::localDay(beforeDst.addSecs(24 * 3600), newYork), QDate(2026, 3, 9));
    QCOMPARE(DsaStats::localDay(afterDst, newYork), QDate(2026, 3, 8));
}

void TestDsaLogic::activityAndMinutesPerWeek()
{
    const QDate today(2026, 3, 11); // a Wednesday
    const QVector<Attempt> attempts{attemptOn(QDate(2026, 3, 9), 30),
                                    attemptOn(QDate(2026, 3, 9), 15, Attempt::Outcome::Partial),
                                    attemptOn(QDate(2026, 3, 8), 40),
                                    attemptOn(QDate(2025, 3, 1), 5),
                                    attemptOn(QDate(2026, 3, 12), 99)};
    const auto days = DsaStats::yearOfActivity(attempts, today);
    QCOMPARE(days.size(), 2); // 2025-03-01 is more than a year back; 12 March is tomorrow
    QCOMPARE(days.value(QDate(2026, 3, 9)).attempts, 2);
    QCOMPARE(days.value(QDate(2026, 3, 9)).solved, 1);
    QCOMPARE(days.value(QDate(2026, 3, 9)).minutes, 45);
    const auto weeks = DsaStats::minutesPerWeek(attempts, today, 2);
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[0].monday, QDate(2026, 3, 2));
    QCOMPARE(weeks[0].minutes, 40);
    QCOMPARE(weeks[1].monday, QDate(2026, 3, 9));
    QCOMPARE(weeks[1].minutes, 45);
}

void TestDsaLogic::solvedByDifficulty()
{
    Problem easy;
    easy.difficulty = Problem::Difficulty::Easy;
    easy.status = Problem::Status::Solved;
    Problem hardTodo;
    hardTodo.difficulty = Problem::Difficulty::Hard;
    Problem hardRevisit = hardTodo;
    hardRevisit.status = Problem::Status::Revisit;
    hardRevisit.solvedOn = QDate(2026, 1, 1);
    const auto counts = DsaStats::solvedByDifficulty({easy, hardTodo, hardRevisit});
    QCOMPARE(counts[0], 1);
    QCOMPARE(counts[1], 0);
    QCOMPARE(counts[2], 1);
}

void TestDsaLogic::topicMatching_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<bool>("matches");
    auto row = [](const char* p, const char* plan, bool m) {
        QTest::addRow("%s -> %s", p, plan) << QString::fromUtf8(p) << QString::fromUtf8(plan) << m;
    };
    row("arrays", "Arrays and Strings", true);
    row("Array", "Arrays and Strings", true);
    row("STRINGS", "Arrays and Strings", true);
    row("Arrays & Hashing", "Arrays and Strings", true);
    row("Arrays & Hashing", "HashMaps", true);
    row("hash table", "HashMaps", true);
    row("Linked List", "Linked Lists", true);
    row("stack", "Stacks and Queues", true);
    row("Trees", "Trees basics", true);
    row("binary tree", "Trees basics", true);
    row("Binary Search", "Binary Search", true);
    row("Binary Search", "Trees basics", false);
    row("Heap / Priority Queue", "Stacks and Queues", false);
    row("graphs", "Arrays and Strings", false);
    row("Sliding Window", "Arrays and Strings", false);
}

void TestDsaLogic::topicMatching()
{
    QFETCH(QString, problem);
    QFETCH(QString, plan);
    QFETCH(bool, matches);
    QCOMPARE(TopicMatcher::matches(problem, plan), matches);
    // Names split once answer the same, however often they are reused.
    const TopicMatcher::Name problemName(problem);
    const TopicMatcher::Name planName(plan);
    QCOMPARE(TopicMatcher::matches(problemName, planName), matches);
    QCOMPARE(TopicMatcher::matches(problemName, planName), matches);
}

QTEST_GUILESS_MAIN(TestDsaLogic)
#include "tst_dsalogic.moc"
