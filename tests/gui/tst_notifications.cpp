#include "FakeClock.h"
#include "FakeNotificationService.h"
#include "core/Workspace.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderStore.h"
#include "gui/MainWindow.h"
#include "gui/timeline/TimelineTab.h"
#include "gui/tray/DesktopNotifications.h"
#include "gui/tray/NotificationBar.h"
#include "gui/tray/TrayIcon.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using Kind = Reminder::Kind;

// Reminders through org.freedesktop.Notifications, against a fake service on
// the private session bus ctest starts with dbus-run-session.
class TestNotifications : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reminderArrivesWithItsActions();
    void snoozeOneHourReschedules();
    void doneForTodayWaitsUntilTomorrow();
    void openShowsTheTarget();
    void withoutTheServiceTheBarShowsIt();

private:
    struct Running
    {
        Workspace ws;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<TrayIcon> tray;
        std::unique_ptr<ReminderService> service;
    };
    // Only the learning block, at 19:00; the clock at 19:00.
    std::unique_ptr<Running> start();
    QDateTime snoozedUntil(Running& app) const;

    QTemporaryDir m_dir;
    QTimeZone m_zone{QByteArrayLiteral("Europe/Berlin")};
    FakeClock m_clock;
    int m_files = 0;
};

void TestNotifications::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No session bus: run under dbus-run-session (ctest does).");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notifications"));
    QSettings().clear();
}

std::unique_ptr<TestNotifications::Running> TestNotifications::start()
{
    auto app = std::make_unique<Running>();
    if (!app->ws.open(m_dir.filePath(QStringLiteral("n%1.sqlite").arg(++m_files)),
                      Workspace::Seed::Nothing) ||
        !app->ws.reminders().ensureDefaults())
        return {};
    for (Kind kind : Reminder::allKinds())
        app->ws.reminders().setSettings(kind, kind == Kind::Learning,
                                        Reminder::defaultSchedule(kind));
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(19, 0), m_zone));
    app->window = std::make_unique<MainWindow>(app->ws);
    app->tray = std::make_unique<TrayIcon>(*app->window);
    app->service = std::make_unique<ReminderService>(app->ws, m_clock, *app->tray, m_zone);
    app->tray->setService(app->service.get());
    app->window->show();
    return app;
}

QDateTime TestNotifications::snoozedUntil(Running& app) const
{
    for (const Reminder& r : app.service->scheduler().reminders()) {
        if (r.kind == Kind::Learning)
            return r.snoozedUntil;
    }
    return {};
}

void TestNotifications::reminderArrivesWithItsActions()
{
    FakeNotificationService fake;
    QVERIFY(fake.start());
    auto app = start();
    QVERIFY(app);
    auto* desktop = app->tray->findChild<DesktopNotifications*>();
    QVERIFY(desktop);
    QSignalSpy shown(desktop, &DesktopNotifications::shown);
    QVERIFY(app->service->checkNow());
    QTRY_COMPARE(fake.received.size(), 1);
    QTRY_COMPARE(shown.size(), 1); // the reply may come while waiting above
    const FakeNotificationService::Notification& n = fake.received.first();
    QCOMPARE(n.appName, QStringLiteral("Roadmap Planner"));
    QVERIFY2(n.body.contains(QStringLiteral("learning block")), qPrintable(n.body));
    QCOMPARE(n.actions,
             (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"),
                          QStringLiteral("Open"), QStringLiteral("snooze-1h"),
                          QStringLiteral("Snooze 1 h"), QStringLiteral("done-today"),
                          QStringLiteral("Done for today")}));
    QCOMPARE(n.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral(PLANNER_APP_ID));
    // The service took it: no bar in the window as well.
    QVERIFY(!app->window->notificationBar()->isVisible());

    // The next one replaces it instead of piling up.
    app->service->showTodaySummary();
    QTRY_COMPARE(fake.received.size(), 2);
    QCOMPARE(fake.received.last().replacesId, n.id);
}

void TestNotifications::snoozeOneHourReschedules()
{
    FakeNotificationService fake;
    QVERIFY(fake.start());
    auto app = start();
    QVERIFY(app);
    QVERIFY(app->service->checkNow());
    QTRY_COMPARE(fake.received.size(), 1);
    QVERIFY(!snoozedUntil(*app).isValid());

    fake.invoke(fake.received.first().id, QStringLiteral("snooze-1h"));
    QTRY_VERIFY(snoozedUntil(*app).isValid());
    QCOMPARE(snoozedUntil(*app), m_clock.now().addSecs(3600));
    // Nothing before the hour is up; then the learning block comes back.
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(19, 59), m_zone));
    QVERIFY(!app->service->checkNow());
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(20, 1), m_zone));
    QVERIFY(app->service->checkNow());
    QTRY_COMPARE(fake.received.size(), 2);
    QVERIFY(fake.received.last().body.contains(QStringLiteral("learning block")));
}

void TestNotifications::doneForTodayWaitsUntilTomorrow()
{
    FakeNotificationService fake;
    QVERIFY(fake.start());
    auto app = start();
    QVERIFY(app);
    QVERIFY(app->service->checkNow());
    QTRY_COMPARE(fake.received.size(), 1);
    fake.invoke(fake.received.first().id, QStringLiteral("done-today"));
    QTRY_VERIFY(snoozedUntil(*app).isValid());
    QVERIFY(snoozedUntil(*app).toTimeZone(m_zone).date() > QDate(2026, 6, 1));
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(23, 59), m_zone));
    QVERIFY(!app->service->checkNow());
}

void TestNotifications::openShowsTheTarget()
{
    FakeNotificationService fake;
    QVERIFY(fake.start());
    auto app = start();
    QVERIFY(app);
    app->window->tabs()->setCurrentIndex(app->window->tabs()->count() - 1);
    QVERIFY(app->service->checkNow());
    QTRY_COMPARE(fake.received.size(), 1);
    // A click on the body is "default": the same as Open.
    fake.invoke(fake.received.first().id, QStringLiteral("default"));
    // The learning block is on the timeline.
    QTRY_COMPARE(app->window->tabs()->currentWidget(), app->window->timelineTab());
}

void TestNotifications::withoutTheServiceTheBarShowsIt()
{
    auto app = start();
    QVERIFY(app);
    QVERIFY(app->service->checkNow());
    QVERIFY(app->window->notificationBar()->isVisible());
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
