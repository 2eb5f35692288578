#pragma once

#include "core/dsa/Attempt.h"
#include "core/dsa/Problem.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <QVector>
#include <array>

// The numbers behind the DSA tab's stats and the charts in gui/charts: pure
// functions of problems and attempts, with "today" passed in (a fake clock in tests).
class DsaStats
{
public:
    struct Day
    {
        int attempts = 0; // attempts and reviews logged that day
        int solved = 0;
        int minutes = 0;
    };
    struct Streak
    {
        int current = 0;
        int best = 0;
        bool todayCounted = false; // false while today has not reached the minimum yet
    };
    struct Week
    {
        QDate monday;
        int minutes = 0;
    };

    // Solved problems per difficulty, indexed by int(Problem::Difficulty).
    static std::array<int, 3> solvedByDifficulty(const QVector<Problem>& problems);
    // Activity per local date, only for days from..to (inclusive).
    static QMap<QDate, Day> activityPerDay(const QVector<Attempt>& attempts, const QDate& from,
                                           const QDate& to);
    // The year of activity ending today, for the heatmap.
    static QMap<QDate, Day> yearOfActivity(const QVector<Attempt>& attempts, const QDate& today)
    {
        return activityPerDay(attempts, today.addDays(-364), today);
    }
    // Minutes per ISO week (starting Monday), the last `weeks` weeks up to today's.
    static QVector<Week> minutesPerWeek(const QVector<Attempt>& attempts, const QDate& today,
                                        int weeks);
    // A day counts when it has at least minPerDay attempts. The current streak
    // runs back from today; a today that has not reached the minimum yet does
    // not break it (the day is not over).
    static Streak streak(const QVector<Attempt>& attempts, const QDate& today, int minPerDay);
    // The same from attempts counted per day (ProblemStore::recentAttemptsPerDay).
    static Streak streak(const QMap<QDate, int>& perDay, const QDate& today, int minPerDay);
    // The user's local date of an instant: days in streaks are local dates.
    static QDate localDay(const QDateTime& instant, const QTimeZone& zone)
    {
        return instant.toTimeZone(zone).date();
    }
};
