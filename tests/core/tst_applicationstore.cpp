#include "ApplicationFixtures.h"
#include "FreshWorkspace.h"
#include "core/Workspace.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"

#include <QTest>

// Applied (and in its stage) on one day, from LinkedIn.
const auto app = &ApplicationFixtures::make;

// The application store: records written and read back, counts per day.
class TestApplicationStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordRoundTrip();
    void dailyCountsForLastWeeks();

private:
    FreshWorkspace m_ws;
};

void TestApplicationStore::init()
{
    QString error;
    QVERIFY2(m_ws.reopen(QStringLiteral("jobs.sqlite"), &error), qPrintable(error));
}

void TestApplicationStore::recordRoundTrip()
{
    ApplicationRecord r;
    r.application = app(QStringLiteral("Razorpay"), QStringLiteral("Backend Developer"),
                        QStringLiteral("interviewing"), QDate(2026, 3, 2));
    r.application.companyType = QStringLiteral("product");
    r.application.remote = true;
    r.application.link = QStringLiteral("https://example.com/job/1");
    r.application.description = QStringLiteral("Python, Django");
    r.application.skillsAsked = QStringLiteral("Python, SQL");
    r.application.salaryAdvertised = 10;
    r.application.salaryExpected = 12.5;
    r.application.salaryOffered = 11;
    r.application.followUpOn = QDate(2026, 3, 9);
    r.contacts = {{QStringLiteral("Asha"), QStringLiteral("Recruiter"),
                   QStringLiteral("asha@example.com"), QStringLiteral("+91 99999")}};
    InterviewRound round;
    round.kind = QStringLiteral("system_design");
    round.date = QDate(2026, 3, 5);
    round.outcome = QStringLiteral("failed");
    round.weakTopics = QStringLiteral("caching, queues");
    // A second round with a time of day: the time survives the round trip.
    InterviewRound timed = round;
    timed.kind = QStringLiteral("hr");
    timed.time = QTime(16, 45);
    r.rounds = {round, timed};
    QVector<qint64> ids;
    QVERIFY(m_ws->applications().addMany({r}, false, &ids));
    QCOMPARE(ids.size(), 1);
    const ApplicationRecord back = m_ws->applications().loadRecord(ids[0]);
    QCOMPARE(back.application.company, r.application.company);
    QCOMPARE(back.application.companyType, QStringLiteral("product"));
    QVERIFY(back.application.remote);
    QCOMPARE(back.application.salaryExpected, 12.5);
    QCOMPARE(back.application.salaryOffered, 11.0);
    QCOMPARE(back.application.followUpOn, QDate(2026, 3, 9));
    QCOMPARE(back.contacts, r.contacts);
    QCOMPARE(back.rounds, r.rounds);
    QCOMPARE(back.history.size(), 1);
    QCOMPARE(back.history[0].toStage, QStringLiteral("interviewing"));
    QCOMPARE(back.history[0].changedOn, QDate(2026, 3, 2));
}

void TestApplicationStore::dailyCountsForLastWeeks()
{
    ApplicationStore& store = m_ws->applications();
    const QDate today(2026, 3, 14);
    for (int i = 0; i < 16; ++i)
        store.add(app(QStringLiteral("T%1").arg(i), QStringLiteral("Dev"),
                      QStringLiteral("applied"), today));
    for (int i = 0; i < 3; ++i)
        store.add(app(QStringLiteral("Y%1").arg(i), QStringLiteral("Dev"),
                      QStringLiteral("applied"), today.addDays(-1)));
    store.add(app(QStringLiteral("Old"), QStringLiteral("Dev"), QStringLiteral("applied"),
                  today.addDays(-30)));
    const QVector<DailyGoal::Day> days =
        DailyGoal::lastWeeks(store.countsAppliedBetween(today.addDays(-13), today), today, 2);
    QCOMPARE(days.size(), 14);
    QCOMPARE(days.first().date, today.addDays(-13));
    QCOMPARE(days.last().date, today);
    QCOMPARE(days.last().count, 16);
    QCOMPARE(days[12].count, 3);
    QCOMPARE(days[0].count, 0);
    const DailyGoal goal(15, 20);
    QCOMPARE(goal.status(16), DailyGoal::Met);
    QCOMPARE(goal.status(3), DailyGoal::Below);
    QCOMPARE(goal.status(21), DailyGoal::Above);
    QCOMPARE(goal.daysMet(days), 1);
    QCOMPARE(goal.streak(days), 1);
}

QTEST_GUILESS_MAIN(TestApplicationStore)
#include "tst_applicationstore.moc"
