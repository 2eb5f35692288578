#pragma once

#include <QObject>
#include <QString>

// Reminders through the desktop's notification service
// (org.freedesktop.Notifications on the session bus), with actions the user
// can answer from the notification itself. Built only where Qt has D-Bus on a
// freedesktop platform (PLANNER_HAVE_DBUS); the tray balloon and the window's
// bar remain the fallbacks.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    // Action keys, as the service reports them back.
    static inline const QString OpenAction = QStringLiteral("open");
    static inline const QString SnoozeHourAction = QStringLiteral("snooze-1h");
    static inline const QString DoneTodayAction = QStringLiteral("done-today");

    explicit DesktopNotifications(QObject* parent = nullptr);

    // True when a notification service is on the session bus right now.
    bool isAvailable() const;
    // Sends the notification (replacing the previous one) and returns at
    // once; false when there is no service to send it to. A service that
    // refuses it later is reported by failed().
    bool show(const QString& title, const QString& text);

signals:
    // One of the action keys above, for the notification last shown.
    void actionInvoked(const QString& action);
    void failed(const QString& title, const QString& text);
    // The service took the notification and gave it this id.
    void shown(uint id);

private slots:
    void onActionInvoked(uint id, const QString& key);
    void onClosed(uint id, uint reason);

private:
    uint m_lastId = 0;
};
