#pragma once

#include <QDate>
#include <QMap>
#include <QVector>

// Today's applications against the plan's goal (15–20 a day by default), and
// the per-day counts the goal chart draws.
class DailyGoal
{
public:
    struct Day
    {
        QDate date;
        int count = 0;
    };
    enum Status
    {
        Below,
        Met,
        Above
    };

    DailyGoal(int minimum = 15, int maximum = 20);

    int minimum() const { return m_min; }
    int maximum() const { return m_max; }
    Status status(int count) const;
    // One entry per day for the `weeks` weeks that end with `today`, oldest
    // first, days without applications included with 0.
    static QVector<Day> lastWeeks(const QMap<QDate, int>& counts, const QDate& today, int weeks);
    // Days in `days` that reached the minimum.
    int daysMet(const QVector<Day>& days) const;
    // Days in a row up to today (today counts only once it is met) that reached the minimum.
    int streak(const QVector<Day>& days) const;

private:
    int m_min;
    int m_max;
};
