#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
// The spec's key for a click on the notification's body.
const QString DefaultAction = QStringLiteral("default");
} // namespace

DesktopNotifications::DesktopNotifications(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(Service).value();
}

bool DesktopNotifications::show(const QString& title, const QString& text)
{
    if (!isAvailable())
        return false;
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // Pairs of key and label; "default" is the click on the body.
    const QStringList actions{DefaultAction,   tr("Open"),          OpenAction,
                              tr("Open"),      SnoozeHourAction,    tr("Snooze 1 h"),
                              DoneTodayAction, tr("Done for today")};
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral(PLANNER_APP_ID)},
                            {QStringLiteral("category"), QStringLiteral("reminder")}};
    call << tr("Roadmap Planner") << m_lastId << QStringLiteral(PLANNER_APP_ID) << title << text
         << actions << hints << -1;
    // Asynchronous: a slow or stuck service never freezes the window.
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, text] {
        const QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError())
            emit failed(title, text);
        else
            emit shown(m_lastId = reply.value());
    });
    return true;
}

void DesktopNotifications::onActionInvoked(uint id, const QString& key)
{
    if (id != m_lastId || m_lastId == 0)
        return;
    emit actionInvoked(key == DefaultAction ? OpenAction : key);
}

void DesktopNotifications::onClosed(uint id, uint /*reason*/)
{
    // A closed notification's id may be given to another one: forget it.
    if (id == m_lastId)
        m_lastId = 0;
}
