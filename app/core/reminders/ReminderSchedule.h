#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

// When a reminder is due, as a local wall-clock time: every day at HH:MM, or
// once a week on a weekday at HH:MM. Stored as text ("daily 19:00",
// "weekly sun 18:00") in the reminder table.
class ReminderSchedule
{
public:
    enum class Repeat
    {
        Daily,
        Weekly
    };

    ReminderSchedule() = default;
    static ReminderSchedule daily(const QTime& time);
    static ReminderSchedule weekly(int dayOfWeek, const QTime& time);
    // An empty schedule (isValid() false) for text it cannot read.
    static ReminderSchedule parse(const QString& text);
    QString toString() const;

    bool isValid() const { return m_time.isValid(); }
    Repeat repeat() const { return m_repeat; }
    QTime time() const { return m_time; }
    // 1 = Monday … 7 = Sunday (Qt's numbering); only for weekly schedules.
    int dayOfWeek() const { return m_dayOfWeek; }

    // The latest due moment at or before `now`, in `zone`'s wall-clock time.
    // Invalid when the schedule is invalid.
    QDateTime latestDueAtOrBefore(const QDateTime& now, const QTimeZone& zone) const;

    // The moment the wall-clock time `time` means on `date` in `zone`. A time
    // skipped by a daylight-saving jump (02:30 on the spring-forward night)
    // means the first moment after the jump, so the reminder still comes.
    static QDateTime wallClock(const QDate& date, const QTime& time, const QTimeZone& zone);

private:
    bool fallsOn(const QDate& date) const;

    Repeat m_repeat = Repeat::Daily;
    QTime m_time;
    int m_dayOfWeek = 0;
};
