#pragma once

#include "core/reminders/ReminderScheduler.h"
#include "core/reminders/ReminderSummary.h"

#include <QObject>
#include <QTimer>

class Clock;
class Notifier;
class Workspace;

// Runs the scheduler in the live app: checks every 30 seconds, when the app
// becomes active again, and after the machine resumes (a tick that comes far
// later than planned). Builds one summary per moment and hands it to the
// notifier. The tick itself reads nothing from the database; counts are read
// only when a reminder is due.
class ReminderService : public QObject
{
    Q_OBJECT
public:
    static constexpr int CheckIntervalMs = 30 * 1000;

    // Without a zone the service follows the system's, re-read at every
    // check, so travelling or changing the zone moves the wall clock with it.
    ReminderService(Workspace& workspace, const Clock& clock, Notifier& notifier,
                    const QTimeZone& zone = QTimeZone(), QObject* parent = nullptr);

    // Starts the periodic check (and checks once at once).
    void start();
    // One check; true when a notification went out.
    bool checkNow();

    // Brings back the reminders of the last notification later.
    void snoozeLast(ReminderScheduler::Snooze how);
    // The tray's "Snooze all for an hour": the last notification comes back in
    // an hour and nothing else comes before.
    void snoozeAllForAnHour();
    // Today at a glance, sent through the notifier.
    void showTodaySummary();

    ReminderScheduler& scheduler() { return m_scheduler; }

signals:
    void notified(const ReminderSummary::Message& message);
    // The last message, said again with today's counts after they changed (an
    // empty message when nothing is left to say), so a bar on screen is never stale.
    void lastMessageUpdated(const ReminderSummary::Message& message);

private:
    QDate today() const;
    QTimeZone zone() const;
    void recount();

    Workspace& m_ws;
    const Clock& m_clock;
    Notifier& m_notifier;
    QTimeZone m_zone;
    ReminderScheduler m_scheduler;
    QTimer m_timer;
    QList<Reminder::Kind> m_lastKinds;
    bool m_lastCatchUp = false;
    ReminderSummary::Message m_lastMessage;
};
