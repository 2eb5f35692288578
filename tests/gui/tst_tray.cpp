#include "FakeClock.h"
#include "core/Workspace.h"
#include "core/jobs/ApplicationStore.h"
#include "core/reminders/Autostart.h"
#include "core/reminders/ReminderScheduler.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapNode.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "gui/MainWindow.h"
#include "gui/dsa/DsaTab.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/timeline/TimelineTab.h"
#include "gui/tray/NotificationBar.h"
#include "gui/tray/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

using Kind = Reminder::Kind;

class TestTray : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void noTrayShowsTheBarInTheWindow();
    void minimizedStartWithoutTrayMinimisesTheWindow();
    void autostartEntryKeepsTheOpenFile();
    void barSnoozesAndDismisses();
    void barFollowsTheCounts();
    void trayMenuActions();
    void openingOverdueSelectsAnItem();
    void settingsEditRemindersAsOneUndoStep();

private:
    // The app as main() wires it, over a fresh file.
    struct Running
    {
        Workspace ws;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<TrayIcon> tray;
        std::unique_ptr<ReminderService> service;
    };
    // Everything off but the learning block at 19:00; the clock at 19:00.
    bool prepare(Workspace& ws);
    std::unique_ptr<Running> start();

    std::unique_ptr<QTemporaryDir> m_dir;
    QTimeZone m_zone{QByteArrayLiteral("Europe/Berlin")};
    FakeClock m_clock;
};

void TestTray::initTestCase()
{
    // The desktop's own notification service must not take the reminders
    // these tests expect in the tray or the bar (tst_notifications covers it).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/roadmap-planner-tests");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tray"));
}

void TestTray::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

bool TestTray::prepare(Workspace& ws)
{
    if (!ws.open(m_dir->filePath(QStringLiteral("tray.sqlite"))) ||
        !ws.reminders().ensureDefaults())
        return false;
    for (Kind kind : Reminder::allKinds())
        ws.reminders().setSettings(kind, kind == Kind::Learning, Reminder::defaultSchedule(kind));
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(19, 0), m_zone));
    return true;
}

std::unique_ptr<TestTray::Running> TestTray::start()
{
    auto app = std::make_unique<Running>();
    if (!prepare(app->ws))
        return {};
    app->window = std::make_unique<MainWindow>(app->ws);
    app->tray = std::make_unique<TrayIcon>(*app->window);
    app->service = std::make_unique<ReminderService>(app->ws, m_clock, *app->tray, m_zone);
    app->tray->setService(app->service.get());
    app->window->show();
    return app;
}

void TestTray::noTrayShowsTheBarInTheWindow()
{
    // Offscreen has no system tray: exactly the desktops the fallback is for.
    QVERIFY(!TrayIcon::isAvailable());
    auto app = start();
    QVERIFY(app);
    Workspace& ws = app->ws;
    MainWindow& window = *app->window;
    TrayIcon& tray = *app->tray;
    ReminderService& service = *app->service;
    window.tabs()->setCurrentWidget(window.applicationsTab());
    QVERIFY(!tray.isVisible());
    NotificationBar* bar =
        window.findChild<NotificationBar*>(QStringLiteral("notificationBarWidget"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    QVERIFY(service.checkNow());
    QVERIFY(bar->isVisible());
    auto* label = bar->findChild<QLabel*>(QStringLiteral("notificationTextLabel"));
    QCOMPARE(label->text(),
             QStringLiteral("Roadmap Planner reminder: Time for your learning block"));
    // The bar sits above the tabs.
    QVERIFY(bar->geometry().bottom() <= window.tabs()->geometry().top());

    // Open goes where the reminder points: the learning block is on the timeline.
    QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("notificationOpenButton")),
                      Qt::LeftButton);
    QCOMPARE(window.tabs()->currentWidget(), window.timelineTab());
    QVERIFY(!bar->isVisible());

    // Settings explain why there is no tray, and closing to a tray is off.
    SettingsDialog dialog(&ws, &window);
    dialog.show();
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("noTrayNoteLabel"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("no system tray")));
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("closeToTrayCheckBox"))->isEnabled());

    // Without a tray, closing the window really closes it.
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

void TestTray::barFollowsTheCounts()
{
    auto app = start();
    QVERIFY(app);
    Workspace& ws = app->ws;
    ws.reminders().setSettings(Kind::Learning, false, Reminder::defaultSchedule(Kind::Learning));
    ws.reminders().setSettings(Kind::Applications, true, ReminderSchedule::daily(QTime(19, 0)));
    ws.settings().setValue(SettingsStore::DailyGoalMin, QStringLiteral("3"));
    QVERIFY(app->service->checkNow());
    NotificationBar* bar = app->window->notificationBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("3 application")));
    // One application later the bar says two, without another reminder.
    Application a;
    a.company = QStringLiteral("Acme");
    a.role = QStringLiteral("Backend");
    a.appliedOn = QDate(2026, 6, 1);
    a.stageSince = a.appliedOn;
    QVERIFY(ws.applications().add(a));
    QTRY_VERIFY(bar->text().contains(QStringLiteral("2 application")));
    QVERIFY(bar->isVisible());
}

void TestTray::minimizedStartWithoutTrayMinimisesTheWindow()
{
    QVERIFY(!TrayIcon::isAvailable());
    Workspace ws;
    QVERIFY(prepare(ws));
    MainWindow window(ws);
    TrayIcon tray(window);
    ReminderService service(ws, m_clock, tray, m_zone);
    tray.setService(&service);
    tray.showWindowAtStart(true);
    // No tray to live in: the window is there, minimised, and its bar takes
    // the reminders.
    QVERIFY(window.isVisible());
    QVERIFY(window.isMinimized());
    QVERIFY(service.checkNow());
    QVERIFY(window.notificationBar()->isVisibleTo(&window));
    window.bringToFront();
    QVERIFY(!window.isMinimized());
}

void TestTray::autostartEntryKeepsTheOpenFile()
{
#if defined(Q_OS_LINUX)
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    Workspace ws;
    QVERIFY(prepare(ws));
    MainWindow window(ws);
    SettingsDialog dialog(&ws, &window);
    auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("autostartCheckBox"));
    QVERIFY(box && !box->isChecked());
    box->setChecked(true);
    dialog.apply();
    QFile entry(Autostart::location());
    QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(Autostart::location()));
    const QByteArray text = entry.readAll();
    entry.close();
    const QByteArray wanted = QByteArray("\"--minimized\" \"--database\" \"") +
                              m_dir->filePath(QStringLiteral("tray.sqlite")).toUtf8() + "\"\n";
    QVERIFY2(text.contains(wanted), text.constData());
    box->setChecked(false);
    dialog.apply();
    QVERIFY(!QFile::exists(Autostart::location()));
    if (before.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", before);
#else
    QSKIP("The autostart file is written and read back on Linux.");
#endif
}

void TestTray::barSnoozesAndDismisses()
{
    auto app = start();
    QVERIFY(app);
    Workspace& ws = app->ws;
    MainWindow& window = *app->window;
    ReminderService& service = *app->service;
    QVERIFY(service.checkNow());
    NotificationBar* bar = window.notificationBar();
    auto* snooze = bar->findChild<QToolButton*>(QStringLiteral("notificationSnoozeToolButton"));
    QVERIFY(snooze && snooze->menu());
    QAction* fifteen = snooze->menu()->findChild<QAction*>(QStringLiteral("snooze15Action"));
    QVERIFY(fifteen);
    fifteen->trigger();
    QVERIFY(!bar->isVisible());
    QCOMPARE(ws.reminders().load(Kind::Learning).snoozedUntil,
             QDateTime(QDate(2026, 6, 1), QTime(19, 15), m_zone).toUTC());

    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(19, 15), m_zone));
    QVERIFY(service.checkNow());
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("notificationDismissButton")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(!service.checkNow());
}

void TestTray::trayMenuActions()
{
    auto app = start();
    QVERIFY(app);
    MainWindow& window = *app->window;
    TrayIcon& tray = *app->tray;
    ReminderService& service = *app->service;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QMenu* menu = tray.menu();
    QVERIFY(menu);
    const auto action = [menu](const char* name) {
        return menu->findChild<QAction*>(QLatin1String(name));
    };
    for (const char* name : {"showHideAction", "quickAddProblemAction", "quickAddApplicationAction",
                             "todaySummaryAction", "snoozeAllAction", "quitAction"})
        QVERIFY2(action(name), name);

    action("showHideAction")->trigger();
    QVERIFY(!window.isVisible());
    // Adding a problem from the tray brings the window back on the DSA tab,
    // with the cursor in the quick-add line.
    action("quickAddProblemAction")->trigger();
    QVERIFY(window.isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->currentWidget(), window.dsaTab());
    QTRY_COMPARE(window.focusWidget(),
                 window.findChild<QLineEdit*>(QStringLiteral("quickAddLineEdit")));

    action("quickAddApplicationAction")->trigger();
    QCOMPARE(window.tabs()->currentWidget(), window.applicationsTab());
    QTRY_COMPARE(window.focusWidget(),
                 window.findChild<QLineEdit*>(QStringLiteral("companyLineEdit")));

    action("todaySummaryAction")->trigger();
    QVERIFY(window.notificationBar()->isVisible());
    QVERIFY2(window.notificationBar()->text().startsWith(
                 QStringLiteral("Today: 0 of 15 applications today")),
             qPrintable(window.notificationBar()->text()));

    // Snooze all: nothing for an hour, then the learning block again.
    QVERIFY(service.checkNow());
    action("snoozeAllAction")->trigger();
    QVERIFY(!window.notificationBar()->isVisible());
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(19, 59), m_zone));
    QVERIFY(!service.checkNow());
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(20, 0), m_zone));
    QVERIFY(service.checkNow());

    action("quitAction")->trigger();
    QVERIFY(!window.isVisible());
    QVERIFY(window.isQuitting());
}

void TestTray::settingsEditRemindersAsOneUndoStep()
{
    const QString config = m_dir->filePath(QStringLiteral("xdg"));
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    Workspace ws;
    QVERIFY(prepare(ws));
    SettingsDialog dialog(&ws);
    dialog.show();
    auto* dsa = dialog.findChild<QCheckBox*>(QStringLiteral("dsaReminderCheckBox"));
    auto* dsaTime = dialog.findChild<QTimeEdit*>(QStringLiteral("dsaReminderTimeEdit"));
    auto* quiet = dialog.findChild<QCheckBox*>(QStringLiteral("quietHoursCheckBox"));
    QVERIFY(dsa && dsaTime && quiet);
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("weekly_reviewReminderDayComboBox")));
    QVERIFY(!dsa->isChecked());
    QVERIFY(!dsaTime->isEnabled());
    dsa->setChecked(true);
    QVERIFY(dsaTime->isEnabled());
    dsaTime->setTime(QTime(6, 45));
    quiet->setChecked(true);
    dialog.findChild<QTimeEdit*>(QStringLiteral("quietFromTimeEdit"))->setTime(QTime(23, 0));
    QVERIFY(!dialog.apply());

    const Reminder saved = ws.reminders().load(Kind::Dsa);
    QVERIFY(saved.enabled);
    QCOMPARE(saved.schedule.toString(), QStringLiteral("daily 06:45"));
    QCOMPARE(ws.settings().value(ReminderScheduler::QuietFromKey), QStringLiteral("23:00"));
    QCOMPARE(ws.undoStack().count(), 1);

    ws.undoStack().undo();
    QVERIFY(!ws.reminders().load(Kind::Dsa).enabled);
    QCOMPARE(ws.reminders().load(Kind::Dsa).schedule.toString(), QStringLiteral("daily 20:30"));
    QVERIFY(ws.settings().value(ReminderScheduler::QuietFromKey).isEmpty());
    qunsetenv("XDG_CONFIG_HOME");
}

void TestTray::openingOverdueSelectsAnItem()
{
    auto app = start();
    QVERIFY(app);
    // Far in the future every open item of the built-in plan is overdue.
    app->ws.roadmapModel().setToday([] { return QDate(2100, 1, 1); });
    app->window->tabs()->setCurrentWidget(app->window->dsaTab());
    app->window->openTarget(QStringLiteral("timeline/overdue"));
    QCOMPARE(app->window->tabs()->currentWidget(), app->window->timelineTab());
    const RoadmapNode* node = app->window->timelineTab()->currentNode();
    QVERIFY(node);
    QVERIFY(node->isItem());
    QVERIFY(node->dueDate.isValid() && node->dueDate < QDate(2100, 1, 1));
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
