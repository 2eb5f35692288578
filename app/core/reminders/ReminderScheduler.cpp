#include "ReminderScheduler.h"

#include "core/reminders/Clock.h"
#include "core/reminders/ReminderStore.h"
#include "core/storage/SettingsStore.h"

namespace {
// A moment caught more than this late is reported as missed.
constexpr qint64 CatchUpAfterSecs = 15 * 60;
// "Until tomorrow" without quiet hours: the start of a working morning.
constexpr int MorningHour = 8;
} // namespace

ReminderScheduler::ReminderScheduler(ReminderStore& store, SettingsStore& settings,
                                     const Clock& clock, const QTimeZone& zone)
    : m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_zone(zone)
{
    m_store.ensureDefaults();
    reload();
}

void ReminderScheduler::reload()
{
    m_reminders = m_store.loadAll();
    const auto time = [this](const QString& key) {
        return QTime::fromString(m_settings.value(key), QStringLiteral("HH:mm"));
    };
    m_quietFrom = time(QuietFromKey);
    m_quietTo = time(QuietToKey);
    m_holdUntil = QDateTime::fromString(m_settings.value(HoldUntilKey), Qt::ISODate);
}

bool ReminderScheduler::inQuietHours(const QTime& local) const
{
    if (!m_quietFrom.isValid() || !m_quietTo.isValid() || m_quietFrom == m_quietTo)
        return false;
    if (m_quietFrom < m_quietTo)
        return local >= m_quietFrom && local < m_quietTo;
    // Across midnight, e.g. 22:00–07:00.
    return local >= m_quietFrom || local < m_quietTo;
}

ReminderScheduler::Due ReminderScheduler::check()
{
    Due due;
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime local = now.toTimeZone(m_zone);
    if ((m_holdUntil.isValid() && now < m_holdUntil) || inQuietHours(local.time()))
        return due;

    for (Reminder& r : m_reminders) {
        if (!r.enabled)
            continue;
        if (r.snoozedUntil.isValid()) {
            // A snoozed reminder comes back at the snooze's end, whatever its
            // schedule did meanwhile.
            if (now < r.snoozedUntil)
                continue;
        } else {
            const QDateTime moment = r.schedule.latestDueAtOrBefore(now, m_zone);
            if (!moment.isValid())
                continue;
            if (r.lastFired.isValid() && r.lastFired >= moment)
                continue;
            // A reminder that never fired starts from today: a new database
            // should not greet the user with last week's review.
            if (!r.lastFired.isValid() && moment.toTimeZone(m_zone).date() != local.date())
                continue;
            if (moment.secsTo(now) > CatchUpAfterSecs)
                due.catchUp = true;
        }
        r.lastFired = now;
        r.snoozedUntil = QDateTime();
        m_store.setLastFired(r.kind, now);
        due.kinds.append(r.kind);
    }
    return due;
}

QDateTime ReminderScheduler::snoozeEnd(Snooze how) const
{
    const QDateTime now = m_clock.now().toUTC();
    switch (how) {
    case Snooze::FiveMinutes:
        return now.addSecs(5 * 60);
    case Snooze::FifteenMinutes:
        return now.addSecs(15 * 60);
    case Snooze::OneHour:
        return now.addSecs(60 * 60);
    case Snooze::Tomorrow:
        break;
    }
    const QDate tomorrow = now.toTimeZone(m_zone).date().addDays(1);
    const QTime morning =
        (m_quietTo.isValid() && m_quietFrom != m_quietTo) ? m_quietTo : QTime(MorningHour, 0);
    return ReminderSchedule::wallClock(tomorrow, morning, m_zone).toUTC();
}

void ReminderScheduler::snooze(const QList<Reminder::Kind>& kinds, Snooze how)
{
    const QDateTime until = snoozeEnd(how);
    for (Reminder& r : m_reminders) {
        if (!kinds.contains(r.kind))
            continue;
        r.snoozedUntil = until;
        m_store.setSnoozedUntil(r.kind, until);
    }
}

void ReminderScheduler::holdAll(const QDateTime& until)
{
    m_holdUntil = until.toUTC();
    m_settings.setValue(HoldUntilKey, m_holdUntil.toString(Qt::ISODate));
}

void ReminderScheduler::setQuietHours(const QTime& from, const QTime& to)
{
    m_quietFrom = from;
    m_quietTo = to;
    m_settings.setValue(QuietFromKey,
                        from.isValid() ? from.toString(QStringLiteral("HH:mm")) : QString());
    m_settings.setValue(QuietToKey,
                        to.isValid() ? to.toString(QStringLiteral("HH:mm")) : QString());
}
