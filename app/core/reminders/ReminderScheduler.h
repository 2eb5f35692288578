#pragma once

#include "core/reminders/Reminder.h"

#include <QList>
#include <QTime>
#include <QTimeZone>
#include <QVector>

class Clock;
class ReminderStore;
class SettingsStore;

// Decides which reminders are due, as pure logic over the stored rows and an
// injected clock. Rules:
//  - each due moment fires once; last_fired is written at once, so a restart
//    neither repeats nor loses one;
//  - only the latest missed moment of a reminder counts, and everything due in
//    one check comes back together, so a night switched off gives one catch-up;
//  - quiet hours and "hold everything" postpone, they never drop: the moment
//    is still newer than last_fired when they end;
//  - schedules are local wall-clock times in `zone`; instants are compared in UTC.
// The rows are cached and re-read only when the store or the settings change,
// so the 30-second tick costs no query.
class ReminderScheduler
{
public:
    static inline const QString QuietFromKey = QStringLiteral("reminders.quiet_from");
    static inline const QString QuietToKey = QStringLiteral("reminders.quiet_to");
    static inline const QString HoldUntilKey = QStringLiteral("reminders.hold_until");

    enum class Snooze
    {
        FiveMinutes,
        FifteenMinutes,
        OneHour,
        Tomorrow
    };

    struct Due
    {
        QList<Reminder::Kind> kinds;
        // True when a moment was missed by more than a few minutes (sleep,
        // the machine off, quiet hours), so the message says so.
        bool catchUp = false;
        bool isEmpty() const { return kinds.isEmpty(); }
    };

    ReminderScheduler(ReminderStore& store, SettingsStore& settings, const Clock& clock,
                      const QTimeZone& zone = QTimeZone::systemTimeZone());

    // Returns what is due now and records it as fired.
    Due check();
    // Re-reads the rows and the quiet hours (after the user changed them).
    void reload();

    // Brings the given reminders back at the snooze's end.
    void snooze(const QList<Reminder::Kind>& kinds, Snooze how);
    QDateTime snoozeEnd(Snooze how) const;
    // Nothing comes before `until`; what falls due meanwhile comes then.
    void holdAll(const QDateTime& until);

    // Quiet hours as local times; equal times mean none.
    void setQuietHours(const QTime& from, const QTime& to);
    QTime quietFrom() const { return m_quietFrom; }
    QTime quietTo() const { return m_quietTo; }
    bool inQuietHours(const QTime& local) const;

    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    const QVector<Reminder>& reminders() const { return m_reminders; }

private:
    ReminderStore& m_store;
    SettingsStore& m_settings;
    const Clock& m_clock;
    QTimeZone m_zone;
    QVector<Reminder> m_reminders;
    QTime m_quietFrom;
    QTime m_quietTo;
    QDateTime m_holdUntil;
};
