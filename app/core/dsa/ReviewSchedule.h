#pragma once

#include <QDate>
#include <QString>

// Spaced repetition: reviews 1, 3, 7, 14 and 30 days apart, moved by how the
// review went. Pure: the caller passes today's date, so tests use a fake clock.
class ReviewSchedule
{
public:
    enum class Grade
    {
        Again,
        Hard,
        Good,
        Easy
    };

    // The interval of the first review after a problem is solved.
    static int firstInterval() { return 1; }
    // Again restarts at one day, Hard repeats the interval, Good takes the next
    // step, Easy skips one; past 30 days Good doubles the gap, up to 180 days.
    static int nextInterval(int currentInterval, Grade grade);
    static QDate nextDue(const QDate& today, int currentInterval, Grade grade)
    {
        return today.addDays(nextInterval(currentInterval, grade));
    }
    static QString gradeName(Grade grade);
};
