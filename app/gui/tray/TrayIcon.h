#pragma once

#include "core/reminders/Notifier.h"

#include <QObject>
#include <QPointer>

class DesktopNotifications;
class MainWindow;
class QAction;
class QMenu;
class QSystemTrayIcon;
class ReminderService;

// The planner in the system tray: its menu, its messages, and closing the
// window to it. Where the desktop has no tray, the same menu still exists (for
// the window and for tests). Reminders go, in this order, to the desktop's
// notification service with Open / Snooze 1 h / Done for today (Linux, over
// D-Bus), to the tray's balloon, or to the window's notification bar with a
// taskbar alert, so there is never silence.
class TrayIcon : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit TrayIcon(MainWindow& window, QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    // True when a tray icon is showing.
    bool isVisible() const;
    void setService(ReminderService* service);
    QMenu* menu() const { return m_menu; }

    void notify(const QString& title, const QString& text, const QString& target) override;

    // Shows the window as the planner starts. `minimized` (--minimized, the
    // autostart entry) leaves only the tray icon, or, without a tray, a
    // minimised window whose notification bar carries the reminders.
    void showWindowAtStart(bool minimized);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenu();
    void toggleWindow();
    void showWindow();
    void quickAddProblem();
    void quickAddApplication();
    void quit();
    void showFallback(const QString& title, const QString& text);
    void answerNotification(const QString& action);

    MainWindow& m_window;
    QMenu* m_menu;
    QSystemTrayIcon* m_tray = nullptr;
#if defined(PLANNER_HAVE_DBUS)
    DesktopNotifications* m_desktop = nullptr;
#endif
    QAction* m_showHide = nullptr;
    QPointer<ReminderService> m_service;
    QString m_lastTarget;
};
