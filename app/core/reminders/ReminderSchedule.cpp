#include "ReminderSchedule.h"

#include <QStringList>

namespace {
const QStringList& dayNames()
{
    // Fixed English keys: this is storage, not display.
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return names;
}
} // namespace

ReminderSchedule ReminderSchedule::daily(const QTime& time)
{
    ReminderSchedule s;
    s.m_repeat = Repeat::Daily;
    s.m_time = QTime(time.hour(), time.minute());
    return s;
}

ReminderSchedule ReminderSchedule::weekly(int dayOfWeek, const QTime& time)
{
    ReminderSchedule s;
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return s;
    s.m_repeat = Repeat::Weekly;
    s.m_dayOfWeek = dayOfWeek;
    s.m_time = QTime(time.hour(), time.minute());
    return s;
}

ReminderSchedule ReminderSchedule::parse(const QString& text)
{
    const QStringList parts = text.simplified().toLower().split(QLatin1Char(' '));
    if (parts.size() == 2 && parts[0] == u"daily")
        return daily(QTime::fromString(parts[1], QStringLiteral("H:mm")));
    if (parts.size() == 3 && parts[0] == u"weekly")
        return weekly(int(dayNames().indexOf(parts[1])) + 1,
                      QTime::fromString(parts[2], QStringLiteral("H:mm")));
    return {};
}

QString ReminderSchedule::toString() const
{
    if (!isValid())
        return {};
    const QString time = m_time.toString(QStringLiteral("HH:mm"));
    if (m_repeat == Repeat::Daily)
        return QStringLiteral("daily ") + time;
    return QStringLiteral("weekly %1 %2").arg(dayNames().at(m_dayOfWeek - 1), time);
}

bool ReminderSchedule::fallsOn(const QDate& date) const
{
    return m_repeat == Repeat::Daily || date.dayOfWeek() == m_dayOfWeek;
}

QDateTime ReminderSchedule::wallClock(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const auto shows = [&](const QDateTime& m) {
        const QDateTime local = m.toTimeZone(zone);
        return m.isValid() && local.date() == date && local.time() == time;
    };
    QDateTime moment(date, time, zone);
    if (shows(moment)) {
        // A time the fall-back night repeats (02:30) means its first
        // occurrence, whichever one Qt picked.
        for (const int shift : {3600, 1800}) {
            if (shows(moment.addSecs(-shift)))
                return moment.addSecs(-shift);
        }
        return moment;
    }
    // Inside a spring-forward gap Qt's answer differs between versions; walk
    // forward a minute at a time to the first wall-clock time that exists.
    for (int minutes = 1; minutes <= 180; ++minutes) {
        const QTime later = time.addSecs(minutes * 60);
        if (later < time)
            break; // past midnight: give up rather than move to another day
        QDateTime candidate(date, later, zone);
        if (candidate.isValid() && candidate.toTimeZone(zone).time() == later)
            return candidate;
    }
    return moment;
}

QDateTime ReminderSchedule::latestDueAtOrBefore(const QDateTime& now, const QTimeZone& zone) const
{
    if (!isValid())
        return {};
    // Compare in local wall-clock time: the reminder belongs to a local day.
    const QDate today = now.toTimeZone(zone).date();
    for (int back = 0; back <= 7; ++back) {
        const QDate day = today.addDays(-back);
        if (!fallsOn(day))
            continue;
        const QDateTime due = wallClock(day, m_time, zone);
        if (due <= now)
            return due;
    }
    return {};
}
