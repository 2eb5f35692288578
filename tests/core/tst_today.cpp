#include "ApplicationFixtures.h"
#include "FixturePlans.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/AddProblemCommand.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/FollowUpRule.h"
#include "core/jobs/JobSettings.h"
#include "core/reminders/ReminderCounts.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The one "what do I do today" object: its numbers and lists on a fixture plan
// dated from January 2026, with a fixed today, and one changed() per burst.
class TestToday : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void planItemsOverdueFirst();
    void reviewsFollowUpsInterviewsAndGoal();
    void longListsAreCappedButCounted();
    void followUpsAgreeWithTheRule();
    void streakFromAttempts();
    void oneChangedPerBurst();
    void remindersReadTheSameNumbers();
    void prefetchWithoutPlanAgreesWithAWholeSnapshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QDate m_today{2026, 1, 20}; // Month 1, week 3-4
};

void TestToday::initTestCase()
{
    // The streak minimum is a user setting; keep the test's out of the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_today"));
    QSettings().clear();
}

void TestToday::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(FixturePlans::open(*m_ws, m_dir->filePath(QStringLiteral("t.sqlite")),
                                QStringLiteral("today/plan.md"), QDate(2026, 1, 1), &error),
             qPrintable(error));
    m_ws->settings().setValue(SettingsStore::DailyGoalMin, QStringLiteral("4"));
    m_ws->settings().setValue(SettingsStore::DailyGoalMax, QStringLiteral("6"));
    const QDate today = m_today;
    m_ws->today().setClock([today] { return today; });
}

void TestToday::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestToday::planItemsOverdueFirst()
{
    const Today::Snapshot& s = m_ws->today().snapshot();
    QCOMPARE(s.date, m_today);
    // "Write the first script" was due with week 1-2; then the two open items of week 3-4.
    QCOMPARE(s.planItems.size(), 3);
    QCOMPARE(s.planItems[0].title, QStringLiteral("Write the first script"));
    QVERIFY(s.planItems[0].overdue);
    QCOMPARE(s.overdueItems, 1);
    QVERIFY(!s.planItems[1].overdue);
    QCOMPARE(s.planItems[1].title, QStringLiteral("Solve ten warm-up problems"));
    QCOMPARE(s.planItems[2].title, QStringLiteral("Read the style guide"));
    QCOMPARE(s.whereInPlan, QStringLiteral("Week 3-4: Practice · Month 1: Foundations"));
    QCOMPARE(s.planItemCount, 6);
    QCOMPARE(s.planDoneCount, 2);

    // Ticking the overdue item takes it off the list, through the store's signal.
    QSignalSpy spy(&m_ws->today(), &Today::changed);
    QVERIFY(m_ws->roadmap().setStatus(s.planItems[0].id, RoadmapNode::Status::Done));
    QVERIFY(spy.wait());
    QCOMPARE(m_ws->today().snapshot().overdueItems, 0);
    QCOMPARE(m_ws->today().snapshot().planItems.size(), 2);
    QCOMPARE(m_ws->today().snapshot().planDoneCount, 3);
}

void TestToday::reviewsFollowUpsInterviewsAndGoal()
{
    using ApplicationFixtures::make;
    ApplicationStore& jobs = m_ws->applications();
    QVERIFY(jobs.add(make(QStringLiteral("Acme"), QStringLiteral("Backend"),
                          QStringLiteral("applied"), m_today)));
    QVERIFY(jobs.add(
        make(QStringLiteral("Beta"), QStringLiteral("API"), QStringLiteral("applied"), m_today)));
    // Applied ten days ago, no reply: the rule makes it due three days ago.
    const qint64 old = jobs.add(make(QStringLiteral("Gamma"), QStringLiteral("Python"),
                                     QStringLiteral("applied"), m_today.addDays(-10)));
    QVERIFY(old);
    // Closed: never a follow-up.
    QVERIFY(jobs.add(make(QStringLiteral("Delta"), QStringLiteral("Go"), QStringLiteral("rejected"),
                          m_today.addDays(-20))));
    ApplicationRecord record = jobs.loadRecord(old);
    InterviewRound round;
    round.date = m_today.addDays(1);
    record.rounds = {round};
    InterviewRound later;
    later.date = m_today.addDays(5);
    record.rounds.append(later);
    QVERIFY(jobs.update(record));

    Problem due;
    due.title = QStringLiteral("Two Sum");
    due.slug = QStringLiteral("two-sum");
    due.status = Problem::Status::Solved;
    due.solvedOn = m_today.addDays(-3); // its first review came a day later: overdue
    QVERIFY(m_ws->problems().add(due));
    Problem fresh;
    fresh.title = QStringLiteral("Valid Anagram");
    fresh.slug = QStringLiteral("valid-anagram");
    fresh.status = Problem::Status::Solved;
    fresh.solvedOn = m_today;
    QVERIFY(m_ws->problems().add(fresh));

    m_ws->today().refresh();
    const Today::Snapshot& s = m_ws->today().snapshot();
    QCOMPARE(s.appliedToday, 2);
    QCOMPARE(s.goalMin, 4);
    QCOMPARE(s.goalMax, 6);
    QCOMPARE(s.applicationsLeft(), 2);
    QCOMPARE(s.followUps.size(), 1);
    QCOMPARE(s.followUps[0].company, QStringLiteral("Gamma"));
    QCOMPARE(s.followUps[0].due, m_today.addDays(-3));
    QCOMPARE(s.interviews.size(), 1);
    QCOMPARE(s.interviews[0].company, QStringLiteral("Gamma"));
    QCOMPARE(s.interviews[0].round.date, m_today.addDays(1));
    QCOMPARE(s.reviews.size(), 1);
    QCOMPARE(s.reviews[0].title, QStringLiteral("Two Sum"));
}

void TestToday::longListsAreCappedButCounted()
{
    // A user far behind: more follow-ups and reviews due than a screen lists.
    const int many = Today::ListLimit + 37;
    ApplicationStore& jobs = m_ws->applications();
    for (int i = 0; i < many; ++i) {
        // Applied 30 to 30 + many days ago: the oldest are the most overdue.
        QVERIFY(jobs.add(ApplicationFixtures::make(
            QStringLiteral("Company %1").arg(i), QStringLiteral("Backend"),
            QStringLiteral("applied"), m_today.addDays(-30 - i))));
    }
    for (int i = 0; i < many; ++i) {
        Problem p;
        p.title = QStringLiteral("Problem %1").arg(i);
        p.slug = QStringLiteral("problem-%1").arg(i);
        p.status = Problem::Status::Solved;
        p.solvedOn = m_today.addDays(-10 - i);
        QVERIFY(m_ws->problems().add(p));
    }
    m_ws->today().refresh();
    const Today::Snapshot& s = m_ws->today().snapshot();
    QCOMPARE(s.followUpCount, many);
    QCOMPARE(s.followUps.size(), Today::ListLimit);
    QCOMPARE(s.followUps.first().company, QStringLiteral("Company %1").arg(many - 1));
    QVERIFY(s.followUps.first().due <= s.followUps.last().due);
    QCOMPARE(s.reviewCount, many);
    QCOMPARE(s.reviews.size(), Today::ListLimit);
    QCOMPARE(s.reviews.first().title, QStringLiteral("Problem %1").arg(many - 1));
    // The reminders and the status line count all of them, not the listed ones.
    QCOMPARE(s.counts().followUpsDue, many);
    QCOMPARE(s.counts().reviewsDue, many);
}

void TestToday::followUpsAgreeWithTheRule()
{
    // The follow-up date is computed in SQL for the first screen and by
    // FollowUpRule everywhere else: on any mix of stages and dates they agree.
    const QStringList stages = Application::stageKeys();
    QRandomGenerator random(20261202);
    ApplicationStore& jobs = m_ws->applications();
    for (int i = 0; i < 300; ++i) {
        Application a = ApplicationFixtures::make(
            QStringLiteral("Firm %1").arg(i), QStringLiteral("Role"),
            stages[int(random.bounded(int(stages.size())))],
            random.bounded(5) == 0 ? QDate() : m_today.addDays(-int(random.bounded(40))));
        if (random.bounded(3) == 0)
            a.followUpOn = m_today.addDays(int(random.bounded(20)) - 10);
        QVERIFY(jobs.add(a));
    }
    const FollowUpRule rule(JobSettings::followUpDays(m_ws->settings()));
    const QVector<Application> expected = rule.overdue(jobs.loadAll(), m_today.addDays(1));
    QVERIFY(expected.size() > 20);
    // Dates set by hand and dates from the rule come from two queries and are
    // merged: a short list must still be the earliest of both, in order.
    for (const int limit : {1, 7, 1000}) {
        int total = 0;
        const QVector<Application> got =
            jobs.followUpsDue(m_today.addDays(1), rule.days(), limit, &total);
        QCOMPARE(total, int(expected.size()));
        QCOMPARE(got.size(), std::min<qsizetype>(limit, expected.size()));
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(rule.dueDate(got[i]), rule.dueDate(expected[i]));
            QCOMPARE(got[i].id, expected[i].id);
        }
    }
}

void TestToday::streakFromAttempts()
{
    QCOMPARE(m_ws->today().snapshot().streak, 0);
    // Solved on each of the last three days, not yet today.
    for (int i = 1; i <= 3; ++i) {
        Problem p;
        p.title = QStringLiteral("Problem %1").arg(i);
        p.slug = Problem::slugify(p.title);
        p.status = Problem::Status::Solved;
        p.solvedOn = m_today.addDays(-i);
        QVERIFY(m_ws->problems().add(p));
    }
    m_ws->today().refresh();
    QCOMPARE(m_ws->today().snapshot().streak, 3);
    QVERIFY(!m_ws->today().snapshot().streakTodayCounted);
    // Two a day are needed now: no day qualifies.
    Today::setStreakMinimum(2);
    m_ws->today().refresh();
    QCOMPARE(m_ws->today().snapshot().streak, 0);
    Today::setStreakMinimum(1);
}

void TestToday::oneChangedPerBurst()
{
    QSignalSpy spy(&m_ws->today(), &Today::changed);
    using ApplicationFixtures::make;
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_ws->applications().add(make(QStringLiteral("Company %1").arg(i),
                                              QStringLiteral("Role"), QStringLiteral("applied"),
                                              m_today)));
    QCOMPARE(spy.count(), 0); // coalesced: nothing until the event loop turns
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_ws->today().snapshot().appliedToday, 5);
}

void TestToday::remindersReadTheSameNumbers()
{
    using ApplicationFixtures::make;
    QVERIFY(m_ws->applications().add(make(QStringLiteral("Acme"), QStringLiteral("Backend"),
                                          QStringLiteral("applied"), m_today)));
    m_ws->today().refresh();
    const ReminderCounts live = ReminderCounts::load(*m_ws, m_today);
    QCOMPARE(live.appliedToday, 1);
    QCOMPARE(live.dailyGoal, 4);
    QCOMPARE(live.overdueItems, 1);
    // Another day is computed by the same rules, without moving the live object.
    const ReminderCounts later = ReminderCounts::load(*m_ws, QDate(2026, 2, 20));
    QCOMPARE(later.appliedToday, 0);
    QCOMPARE(later.overdueItems, 4);
    QCOMPARE(m_ws->today().date(), m_today);
}

QTEST_GUILESS_MAIN(TestToday)
void TestToday::prefetchWithoutPlanAgreesWithAWholeSnapshot()
{
    // A window takes the store part first and the plan's part later; the two
    // halves must make the snapshot a single compute makes, including a write
    // that lands between them.
    using ApplicationFixtures::make;
    const QDate day = QDate::currentDate();
    QVERIFY(m_ws->applications().add(make(QStringLiteral("Acme"), QStringLiteral("Backend"),
                                          QStringLiteral("applied"), day.addDays(-12))));
    QVERIFY(m_ws->applications().add(
        make(QStringLiteral("Beta"), QStringLiteral("API"), QStringLiteral("applied"), day)));
    const QString path = m_ws->database().path();
    // A fresh workspace, as at start-up: nothing computed yet, the real clock.
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(path, Workspace::Seed::Nothing));
    m_ws->today().prefetchWithoutPlan();
    QVERIFY(m_ws->applications().add(make(QStringLiteral("Gamma"), QStringLiteral("Go"),
                                          QStringLiteral("applied"), day.addDays(-9))));
    const Today::Snapshot& s = m_ws->today().snapshot();
    const Today::Snapshot whole = Today::compute(*m_ws, day);
    QCOMPARE(s.date, day);
    QCOMPARE(s.followUpCount, 2);
    QCOMPARE(s.followUpCount, whole.followUpCount);
    QCOMPARE(s.followUps.size(), whole.followUps.size());
    QCOMPARE(s.followUps[0].company, QStringLiteral("Acme"));
    QCOMPARE(s.appliedToday, 1);
    QCOMPARE(s.appliedToday, whole.appliedToday);
    QCOMPARE(s.goalMin, whole.goalMin);
    QCOMPARE(s.reviewCount, whole.reviewCount);
    QCOMPARE(s.streak, whole.streak);
    // The plan's part, added at snapshot().
    QCOMPARE(s.planItemCount, 6);
    QCOMPARE(s.planItemCount, whole.planItemCount);
    QCOMPARE(s.planDoneCount, whole.planDoneCount);
    QCOMPARE(s.planItems.size(), whole.planItems.size());
    QCOMPARE(s.overdueItems, whole.overdueItems);
    QCOMPARE(s.whereInPlan, whole.whereInPlan);

    // Without a write in between, the prefetched half is used as it is.
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(path, Workspace::Seed::Nothing));
    m_ws->today().prefetchWithoutPlan();
    QCOMPARE(m_ws->today().snapshot().followUpCount, 2);
    QCOMPARE(m_ws->today().snapshot().planItemCount, 6);
}

#include "tst_today.moc"
