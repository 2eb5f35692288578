#include "TrayIcon.h"

#include "core/reminders/ReminderService.h"
#include "core/reminders/TraySettings.h"
#include "gui/MainWindow.h"
#include "gui/tray/NotificationBar.h"
#if defined(PLANNER_HAVE_DBUS)
#include "gui/tray/DesktopNotifications.h"
#endif

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>

namespace {
constexpr int MessageMs = 15000;
}

TrayIcon::TrayIcon(MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    createMenu();
    if (isAvailable()) {
        m_tray = new QSystemTrayIcon(m_window.windowIcon(), this);
        m_tray->setToolTip(tr("Roadmap Planner"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { m_window.openTarget(m_lastTarget); });
        m_tray->show();
    }
    NotificationBar* bar = m_window.notificationBar();
    connect(bar, &NotificationBar::openRequested, &m_window, &MainWindow::openTarget);
    connect(bar, &NotificationBar::snoozeRequested, this, [this](ReminderScheduler::Snooze how) {
        if (m_service)
            m_service->snoozeLast(how);
    });
#if defined(PLANNER_HAVE_DBUS)
    m_desktop = new DesktopNotifications(this);
    connect(m_desktop, &DesktopNotifications::actionInvoked, this, &TrayIcon::answerNotification);
    connect(m_desktop, &DesktopNotifications::failed, this, &TrayIcon::showFallback);
#endif
    m_window.installEventFilter(this);
    // With a tray the planner lives on when its window is hidden; quitting is
    // then explicit (the tray's Quit, File › Quit, or a restart).
    if (m_tray)
        QApplication::setQuitOnLastWindowClosed(false);
}

TrayIcon::~TrayIcon()
{
    m_window.removeEventFilter(this);
    // The icon goes before the menu it shows.
    delete m_tray;
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::setService(ReminderService* service)
{
    m_service = service;
    if (!service)
        return;
    // "47 plan items overdue" must not stay on screen after the count changed.
    connect(service, &ReminderService::lastMessageUpdated, this,
            [this](const ReminderSummary::Message& message) {
                NotificationBar* bar = m_window.notificationBar();
                if (!bar->isVisible())
                    return;
                if (message.isEmpty())
                    bar->hide();
                else
                    bar->showMessage(message.title, message.text, message.target);
            });
}

void TrayIcon::createMenu()
{
    m_showHide = m_menu->addAction(tr("&Hide Window"), this, &TrayIcon::toggleWindow);
    m_showHide->setObjectName(QStringLiteral("showHideAction"));
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_showHide->setText(m_window.isVisible() ? tr("&Hide Window") : tr("&Show Window"));
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("Add a &Problem…"), this, &TrayIcon::quickAddProblem)
        ->setObjectName(QStringLiteral("quickAddProblemAction"));
    m_menu->addAction(tr("Add an &Application…"), this, &TrayIcon::quickAddApplication)
        ->setObjectName(QStringLiteral("quickAddApplicationAction"));
    m_menu->addSeparator();
    m_menu
        ->addAction(tr("&Today's Summary"), this,
                    [this] {
                        if (m_service)
                            m_service->showTodaySummary();
                    })
        ->setObjectName(QStringLiteral("todaySummaryAction"));
    m_menu
        ->addAction(tr("S&nooze All for an Hour"), this,
                    [this] {
                        if (m_service)
                            m_service->snoozeAllForAnHour();
                        m_window.notificationBar()->hide();
                    })
        ->setObjectName(QStringLiteral("snoozeAllAction"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quit)
        ->setObjectName(QStringLiteral("quitAction"));
}

void TrayIcon::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized())
        m_window.hide();
    else
        showWindow();
}

void TrayIcon::showWindow()
{
    m_window.bringToFront();
}

void TrayIcon::showWindowAtStart(bool minimized)
{
    if (!minimized)
        m_window.show();
    else if (!isVisible())
        m_window.showMinimized();
    // With a tray icon the window stays hidden until the icon is clicked.
}

void TrayIcon::quickAddProblem()
{
    m_window.openTarget(QStringLiteral("dsa/add"));
}

void TrayIcon::quickAddApplication()
{
    m_window.openTarget(QStringLiteral("applications/add"));
}

void TrayIcon::quit()
{
    // quit() closes for good and saves the window's state; then leave even
    // when the window was hidden.
    m_window.quit();
    QCoreApplication::quit();
}

void TrayIcon::notify(const QString& title, const QString& text, const QString& target)
{
    m_lastTarget = target;
#if defined(PLANNER_HAVE_DBUS)
    // The desktop's own notifications sit in its corner, never over the tabs.
    if (m_desktop->show(title, text))
        return;
#endif
    showFallback(title, text);
}

void TrayIcon::showFallback(const QString& title, const QString& text)
{
    // With the window on screen the bar inside it says it, above the tabs; a
    // balloon would cover the tab bar. The balloon speaks only for a hidden window.
    const bool windowShowing = m_window.isVisible() && !m_window.isMinimized();
    if (isVisible() && !windowShowing) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, MessageMs);
        return;
    }
    m_window.notificationBar()->showMessage(title, text, m_lastTarget);
    QApplication::alert(&m_window);
}

void TrayIcon::answerNotification(const QString& action)
{
#if defined(PLANNER_HAVE_DBUS)
    if (action == DesktopNotifications::OpenAction)
        m_window.openTarget(m_lastTarget);
    else if (m_service && action == DesktopNotifications::SnoozeHourAction)
        m_service->snoozeLast(ReminderScheduler::Snooze::OneHour);
    // "Done for today": what this reminder was about does not come back before tomorrow.
    else if (m_service && action == DesktopNotifications::DoneTodayAction)
        m_service->snoozeLast(ReminderScheduler::Snooze::Tomorrow);
#else
    Q_UNUSED(action)
#endif
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    const bool toTray = isVisible() && !m_window.isQuitting() && TraySettings::closeToTray();
    if (toTray) {
        event->ignore();
        m_window.hide();
        QSettings settings;
        if (!settings.value(TraySettings::CloseNoticeShownKey, false).toBool()) {
            settings.setValue(TraySettings::CloseNoticeShownKey, true);
            m_tray->showMessage(tr("Roadmap Planner is still running"),
                                tr("Reminders keep coming from the tray. To quit, use Quit in "
                                   "the tray menu; Settings can turn this off."),
                                QSystemTrayIcon::Information, MessageMs);
        }
        return true;
    }
    // A real close: without quit-on-last-window, leave explicitly.
    if (m_tray)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    return QObject::eventFilter(watched, event);
}
