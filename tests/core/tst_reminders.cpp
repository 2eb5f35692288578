#include "FakeClock.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/reminders/ReminderCounts.h"
#include "core/reminders/ReminderScheduler.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderStore.h"
#include "core/reminders/ReminderSummary.h"
#include "core/storage/Query.h"
#include "core/storage/SettingsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using Kind = Reminder::Kind;

class TestReminders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void scheduleTextRoundTrips();
    void loadAllReadsWhatLoadReads();
    void dailyFiresOncePerDay();
    void weeklyFiresOnItsDay();
    void neverFiredStartsFromToday();
    void snoozeBringsItBack();
    void quietHoursHoldUntilTheirEnd();
    void gapGivesOneCatchUp();
    void restartNeitherRepeatsNorLoses();
    void daylightSavingBerlin();
    void daylightSavingNewYork();
    void summaryFromKnownData();
    void summaryOmitsWhatHasNothingToSay();
    void snoozeAllHoldsEverythingForAnHour();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("reminders.sqlite")); }
    // A workspace with every reminder off except `kind` at `schedule`.
    std::unique_ptr<Workspace> open(Kind kind, const QString& schedule);
    std::unique_ptr<Workspace> reopen();
    QDateTime berlin(const QDate& d, const QTime& t) const { return QDateTime(d, t, m_berlin); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTimeZone m_berlin{QByteArrayLiteral("Europe/Berlin")};
    QTimeZone m_newYork{QByteArrayLiteral("America/New_York")};
    FakeClock m_clock;
};

void TestReminders::initTestCase()
{
    QVERIFY(m_berlin.isValid());
    QVERIFY(m_newYork.isValid());
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestReminders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<Workspace> TestReminders::reopen()
{
    auto ws = std::make_unique<Workspace>();
    if (!ws->open(path(), Workspace::Seed::Nothing))
        return {};
    return ws;
}

std::unique_ptr<Workspace> TestReminders::open(Kind only, const QString& schedule)
{
    auto ws = reopen();
    if (!ws)
        return ws;
    ws->reminders().ensureDefaults();
    for (const Reminder& r : ws->reminders().loadAll())
        ws->reminders().setSettings(r.kind, r.kind == only,
                                    r.kind == only ? ReminderSchedule::parse(schedule)
                                                   : r.schedule);
    return ws;
}

void TestReminders::scheduleTextRoundTrips()
{
    QCOMPARE(ReminderSchedule::parse(QStringLiteral("daily 19:00")).toString(),
             QStringLiteral("daily 19:00"));
    const ReminderSchedule weekly = ReminderSchedule::parse(QStringLiteral("weekly sun 18:00"));
    QCOMPARE(weekly.dayOfWeek(), int(Qt::Sunday));
    QCOMPARE(weekly.toString(), QStringLiteral("weekly sun 18:00"));
    QVERIFY(!ReminderSchedule::parse(QStringLiteral("daily 25:00")).isValid());
    QVERIFY(!ReminderSchedule::parse(QStringLiteral("weekly xyz 10:00")).isValid());
}

// loadAll reads every kind in one statement; it must give what load gives
// kind by kind, defaults for a missing row and a schedule edited into nonsense.
void TestReminders::loadAllReadsWhatLoadReads()
{
    auto ws = reopen();
    QVERIFY(ws);
    QVERIFY(ws->reminders().ensureDefaults());
    const QList<Kind> kinds = Reminder::allKinds();
    QVERIFY(kinds.size() >= 3);
    QVERIFY(ws->reminders().setSettings(
        kinds[0], false, ReminderSchedule::parse(QStringLiteral("weekly sun 18:00"))));
    const QDateTime fired(QDate(2026, 6, 1), QTime(17, 30), Qt::UTC);
    QVERIFY(ws->reminders().setLastFired(kinds[0], fired));
    QVERIFY(ws->reminders().setSnoozedUntil(kinds[0], fired.addSecs(3600)));
    Query nonsense(
        ws->database(),
        QStringLiteral("UPDATE reminder SET schedule = 'fortnightly 99:00' WHERE kind = ?"));
    nonsense.bind(Reminder::key(kinds[1]));
    QVERIFY(nonsense.exec());
    Query gone(ws->database(), QStringLiteral("DELETE FROM reminder WHERE kind = ?"));
    gone.bind(Reminder::key(kinds[2]));
    QVERIFY(gone.exec());

    const QVector<Reminder> all = ws->reminders().loadAll();
    QCOMPARE(all.size(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i) {
        const Reminder one = ws->reminders().load(kinds[i]);
        QCOMPARE(all[i].kind, kinds[i]);
        QCOMPARE(all[i].enabled, one.enabled);
        QCOMPARE(all[i].schedule.toString(), one.schedule.toString());
        QCOMPARE(all[i].lastFired, one.lastFired);
        QCOMPARE(all[i].snoozedUntil, one.snoozedUntil);
    }
    QVERIFY(!all[0].enabled);
    QCOMPARE(all[0].schedule.toString(), QStringLiteral("weekly sun 18:00"));
    QCOMPARE(all[0].lastFired, fired);
    QCOMPARE(all[0].snoozedUntil, fired.addSecs(3600));
    QCOMPARE(all[1].schedule.toString(), Reminder::defaultSchedule(kinds[1]).toString());
    QVERIFY(all[2].enabled);
    QCOMPARE(all[2].schedule.toString(), Reminder::defaultSchedule(kinds[2]).toString());
    QVERIFY(!all[2].lastFired.isValid());
}

void TestReminders::dailyFiresOncePerDay()
{
    auto ws = open(Kind::Learning, QStringLiteral("daily 19:00"));
    QVERIFY(ws);
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(18, 59)));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QVERIFY(scheduler.check().isEmpty());

    m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 0)));
    const ReminderScheduler::Due due = scheduler.check();
    QCOMPARE(due.kinds, QList<Kind>{Kind::Learning});
    QVERIFY(!due.catchUp);
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 0, 30)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(23, 59)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(18, 59)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(19, 0, 30)));
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
}

void TestReminders::weeklyFiresOnItsDay()
{
    auto ws = open(Kind::WeeklyReview, QStringLiteral("weekly sun 18:00"));
    QVERIFY(ws);
    // 2026-06-06 is a Saturday.
    m_clock.set(berlin(QDate(2026, 6, 6), QTime(18, 0)));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 7), QTime(18, 1)));
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::WeeklyReview});
    for (int day = 8; day <= 13; ++day) {
        m_clock.set(berlin(QDate(2026, 6, day), QTime(18, 30)));
        QVERIFY2(scheduler.check().isEmpty(), qPrintable(QString::number(day)));
    }
    m_clock.set(berlin(QDate(2026, 6, 14), QTime(18, 0)));
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::WeeklyReview});
}

void TestReminders::neverFiredStartsFromToday()
{
    auto ws = open(Kind::WeeklyReview, QStringLiteral("weekly sun 18:00"));
    QVERIFY(ws);
    // First start on a Tuesday: last Sunday's review is not news.
    m_clock.set(berlin(QDate(2026, 6, 9), QTime(12, 0)));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QVERIFY(scheduler.check().isEmpty());
}

void TestReminders::snoozeBringsItBack()
{
    auto ws = open(Kind::Dsa, QStringLiteral("daily 20:30"));
    QVERIFY(ws);
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(20, 30)));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Dsa});

    scheduler.snooze({Kind::Dsa}, ReminderScheduler::Snooze::FifteenMinutes);
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(20, 44)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(20, 45)));
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Dsa});
    QVERIFY(scheduler.check().isEmpty());

    scheduler.snooze({Kind::Dsa}, ReminderScheduler::Snooze::FiveMinutes);
    QCOMPARE(scheduler.snoozeEnd(ReminderScheduler::Snooze::FiveMinutes),
             berlin(QDate(2026, 6, 1), QTime(20, 50)).toUTC());
    QCOMPARE(scheduler.snoozeEnd(ReminderScheduler::Snooze::OneHour),
             berlin(QDate(2026, 6, 1), QTime(21, 45)).toUTC());

    // Until tomorrow: 08:00 the next morning, and the snooze survives a restart.
    scheduler.snooze({Kind::Dsa}, ReminderScheduler::Snooze::Tomorrow);
    QCOMPARE(ws->reminders().load(Kind::Dsa).snoozedUntil,
             berlin(QDate(2026, 6, 2), QTime(8, 0)).toUTC());
    ReminderScheduler restarted(ws->reminders(), ws->settings(), m_clock, m_berlin);
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(7, 59)));
    QVERIFY(restarted.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(8, 0)));
    QCOMPARE(restarted.check().kinds, QList<Kind>{Kind::Dsa});
    // The day's own 20:30 still comes.
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(20, 30)));
    QCOMPARE(restarted.check().kinds, QList<Kind>{Kind::Dsa});
}

void TestReminders::quietHoursHoldUntilTheirEnd()
{
    auto ws = open(Kind::Learning, QStringLiteral("daily 23:00"));
    QVERIFY(ws);
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(12, 0)));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    scheduler.setQuietHours(QTime(22, 0), QTime(7, 0));
    ws->reminders().setLastFired(Kind::Learning, m_clock.now()); // it fired before
    scheduler.reload();
    QVERIFY(scheduler.inQuietHours(QTime(23, 30)));
    QVERIFY(scheduler.inQuietHours(QTime(3, 0)));
    QVERIFY(!scheduler.inQuietHours(QTime(7, 0)));

    m_clock.set(berlin(QDate(2026, 6, 1), QTime(23, 0)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(6, 59)));
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(berlin(QDate(2026, 6, 2), QTime(7, 0)));
    const ReminderScheduler::Due due = scheduler.check();
    QCOMPARE(due.kinds, QList<Kind>{Kind::Learning});
    QVERIFY(due.catchUp);
    QVERIFY(scheduler.check().isEmpty());

    // Quiet hours are kept with the plan, so a new scheduler knows them.
    ReminderScheduler again(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QCOMPARE(again.quietFrom(), QTime(22, 0));
    QCOMPARE(again.quietTo(), QTime(7, 0));
    // With quiet hours, "until tomorrow" means when they end.
    QCOMPARE(again.snoozeEnd(ReminderScheduler::Snooze::Tomorrow),
             berlin(QDate(2026, 6, 3), QTime(7, 0)).toUTC());
}

void TestReminders::gapGivesOneCatchUp()
{
    auto ws = reopen();
    QVERIFY(ws);
    ws->reminders().ensureDefaults();
    // All eight on at their defaults; something for each to say.
    QVERIFY(ws->settings().setValue(SettingsStore::DailyGoalMin, QStringLiteral("15")));
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(21, 5)));
    FakeNotifier notifier;
    ReminderService service(*ws, m_clock, notifier, m_berlin);
    QVERIFY(service.checkNow());
    QCOMPARE(notifier.texts.size(), 1);

    // The laptop sleeps for three days and a half; on waking, everything missed
    // comes once, in one notification.
    m_clock.set(berlin(QDate(2026, 6, 5), QTime(9, 30)));
    QVERIFY(service.checkNow());
    QCOMPARE(notifier.texts.size(), 2);
    QCOMPARE(notifier.titles.last(), QStringLiteral("Missed reminders"));
    QVERIFY2(notifier.texts.last().contains(QStringLiteral("15 applications to go")),
             qPrintable(notifier.texts.last()));
    QVERIFY(notifier.texts.last().contains(QStringLiteral("learning block")));
    QVERIFY(notifier.texts.last().contains(QStringLiteral("DSA practice")));
    QVERIFY(!service.checkNow());
    m_clock.set(berlin(QDate(2026, 6, 5), QTime(9, 31)));
    QVERIFY(!service.checkNow());
    QCOMPARE(notifier.texts.size(), 2);
}

void TestReminders::restartNeitherRepeatsNorLoses()
{
    {
        auto ws = open(Kind::Learning, QStringLiteral("daily 19:00"));
        QVERIFY(ws);
        m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 0)));
        ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
        QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
    }
    {
        // A new process over the same file, five minutes later: no repeat.
        auto ws = reopen();
        QVERIFY(ws);
        m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 5)));
        ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
        QVERIFY(scheduler.check().isEmpty());
        // Closed the next day before the moment…
        m_clock.set(berlin(QDate(2026, 6, 2), QTime(18, 59)));
        QVERIFY(scheduler.check().isEmpty());
    }
    {
        // …and started again after it: not lost.
        auto ws = reopen();
        QVERIFY(ws);
        m_clock.set(berlin(QDate(2026, 6, 2), QTime(19, 40)));
        ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
        QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
        // last_fired is stored in UTC.
        QCOMPARE(ws->reminders().load(Kind::Learning).lastFired.timeSpec(), Qt::UTC);
    }
}

void TestReminders::daylightSavingBerlin()
{
    // 2026-03-29: clocks go 02:00 -> 03:00 in Berlin. A 19:00 reminder stays at
    // 19:00 local, an hour earlier in UTC.
    auto ws = open(Kind::Learning, QStringLiteral("daily 19:00"));
    QVERIFY(ws);
    m_clock.set(QDateTime(QDate(2026, 3, 28), QTime(18, 0), Qt::UTC)); // 19:00 CET
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_berlin);
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(16, 59), Qt::UTC)); // 18:59 CEST
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(17, 0), Qt::UTC)); // 19:00 CEST
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(18, 0), Qt::UTC));
    QVERIFY(scheduler.check().isEmpty());

    // A time the jump skips (02:30) comes at the first minute after it, once.
    ws->reminders().setSettings(Kind::Learning, true, ReminderSchedule::daily(QTime(2, 30)));
    scheduler.reload();
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC)); // 01:59 CET
    ws->reminders().setLastFired(Kind::Learning, m_clock.now().addSecs(-3600));
    scheduler.reload();
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)); // 03:00 CEST
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
    m_clock.set(QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC));
    QVERIFY(scheduler.check().isEmpty());

    // 2026-10-25: 03:00 -> 02:00; 02:30 happens twice but fires once.
    m_clock.set(QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC)); // 02:00 CEST
    ws->reminders().setLastFired(Kind::Learning, m_clock.now().addSecs(-3600));
    scheduler.reload();
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)); // 02:30 CEST
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
    m_clock.set(QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC)); // 02:30 CET
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(QDateTime(QDate(2026, 10, 26), QTime(1, 30), Qt::UTC)); // next day 02:30 CET
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Learning});
}

void TestReminders::daylightSavingNewYork()
{
    // 2026-11-01: New York falls back; 09:00 EDT is 13:00 UTC, 09:00 EST is 14:00 UTC.
    auto ws = open(Kind::Reviews, QStringLiteral("daily 09:00"));
    QVERIFY(ws);
    m_clock.set(QDateTime(QDate(2026, 10, 31), QTime(13, 0), Qt::UTC));
    ReminderScheduler scheduler(ws->reminders(), ws->settings(), m_clock, m_newYork);
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Reviews});
    m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(13, 0), Qt::UTC)); // 08:00 EST
    QVERIFY(scheduler.check().isEmpty());
    m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(14, 0), Qt::UTC)); // 09:00 EST
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Reviews});

    // Flying from Berlin to New York: the schedule follows the new wall clock.
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)); // 09:00 Berlin
    scheduler.setTimeZone(m_berlin);
    QCOMPARE(scheduler.check().kinds, QList<Kind>{Kind::Reviews});
    scheduler.setTimeZone(m_newYork);
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(13, 59), Qt::UTC)); // 08:59 EST
    QVERIFY(scheduler.check().isEmpty());
}

namespace {
void exec(Workspace& ws, const QString& sql, std::initializer_list<QVariant> values)
{
    Query q(ws.database(), sql);
    q.bindAll(values);
    QVERIFY2(q.exec(), qPrintable(q.errorString()));
}
} // namespace

void TestReminders::summaryFromKnownData()
{
    auto ws = reopen();
    QVERIFY(ws);
    const QDate today(2026, 6, 10);
    const auto day = [&today](int offset) { return Query::dateValue(today.addDays(offset)); };
    for (int i = 1; i <= 5; ++i)
        exec(*ws, QStringLiteral("INSERT INTO problem(id, slug, title) VALUES(?, ?, ?)"),
             {i, QStringLiteral("p%1").arg(i), QStringLiteral("Problem %1").arg(i)});
    // Three due (today, yesterday, last week), one done, one in the future.
    exec(*ws, QStringLiteral("INSERT INTO review(problem_id, due_on) VALUES(1, ?)"), {day(0)});
    exec(*ws, QStringLiteral("INSERT INTO review(problem_id, due_on) VALUES(2, ?)"), {day(-1)});
    exec(*ws, QStringLiteral("INSERT INTO review(problem_id, due_on) VALUES(3, ?)"), {day(-7)});
    exec(*ws, QStringLiteral("INSERT INTO review(problem_id, due_on, done_on) VALUES(4, ?, ?)"),
         {day(-2), day(-1)});
    exec(*ws, QStringLiteral("INSERT INTO review(problem_id, due_on) VALUES(5, ?)"), {day(3)});
    // Three applied today; two follow-ups due; a closed one and a later one are not.
    const QString app =
        QStringLiteral("INSERT INTO application(company, role, stage, applied_on, follow_up_on) "
                       "VALUES(?, 'Engineer', ?, ?, ?)");
    exec(*ws, app, {QStringLiteral("A"), QStringLiteral("applied"), day(0), QVariant()});
    exec(*ws, app, {QStringLiteral("B"), QStringLiteral("applied"), day(0), QVariant()});
    exec(*ws, app, {QStringLiteral("C"), QStringLiteral("applied"), day(0), day(5)});
    exec(*ws, app, {QStringLiteral("D"), QStringLiteral("applied"), day(-9), day(-2)});
    exec(*ws, app, {QStringLiteral("E"), QStringLiteral("screening"), day(-9), day(0)});
    exec(*ws, app, {QStringLiteral("F"), QStringLiteral("rejected"), day(-9), day(-1)});
    exec(*ws,
         QStringLiteral("INSERT INTO interview_round(application_id, scheduled_on) VALUES(5, ?)"),
         {day(1)});
    ws->settings().setValue(SettingsStore::DailyGoalMin, QStringLiteral("15"));
    // Written behind the stores' back, as another process would: the window reloads then.
    ws->reloadAll();

    const ReminderCounts counts = ReminderCounts::load(*ws, today);
    QCOMPARE(counts.reviewsDue, 3);
    QCOMPARE(counts.followUpsDue, 2);
    QCOMPARE(counts.interviewsTomorrow, 1);
    QCOMPARE(counts.appliedToday, 3);
    QCOMPARE(counts.dailyGoal, 15);
    QCOMPARE(counts.overdueItems, 0);

    const ReminderSummary::Message message = ReminderSummary::build(
        {Kind::FollowUps, Kind::Applications, Kind::Reviews, Kind::Interviews}, counts);
    QCOMPARE(message.text, QStringLiteral("12 applications to go · 3 reviews due · 2 follow-ups "
                                          "due · 1 interview tomorrow"));
    QCOMPARE(message.target, QStringLiteral("applications"));
    QCOMPARE(ReminderSummary::build({Kind::FollowUps}, counts).target,
             QStringLiteral("applications/follow-ups"));
    QCOMPARE(message.title, QStringLiteral("Roadmap Planner reminder"));
    QCOMPARE(ReminderSummary::build({Kind::Reviews}, counts).target, QStringLiteral("dsa/reviews"));
}

void TestReminders::summaryOmitsWhatHasNothingToSay()
{
    ReminderCounts counts; // an empty workspace
    counts.dailyGoal = 15;
    counts.appliedToday = 15;
    QVERIFY(ReminderSummary::build(
                {Kind::Reviews, Kind::FollowUps, Kind::Interviews, Kind::OverdueItems}, counts)
                .isEmpty());
    QCOMPARE(ReminderSummary::build({Kind::Applications, Kind::Reviews}, counts).text,
             QStringLiteral("Application goal met: 15 of 15 today"));
}

void TestReminders::snoozeAllHoldsEverythingForAnHour()
{
    auto ws = open(Kind::Learning, QStringLiteral("daily 19:00"));
    QVERIFY(ws);
    ws->reminders().setSettings(Kind::Dsa, true, ReminderSchedule::daily(QTime(19, 30)));
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 0)));
    FakeNotifier notifier;
    ReminderService service(*ws, m_clock, notifier, m_berlin);
    QVERIFY(service.checkNow());
    service.snoozeAllForAnHour();
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(19, 30)));
    QVERIFY(!service.checkNow());
    m_clock.set(berlin(QDate(2026, 6, 1), QTime(20, 0)));
    QVERIFY(service.checkNow());
    QCOMPARE(notifier.texts.size(), 2);
    QVERIFY(notifier.texts.last().contains(QStringLiteral("learning block")));
    QVERIFY(notifier.texts.last().contains(QStringLiteral("DSA practice")));
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
