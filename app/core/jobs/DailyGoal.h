#pragma once

#include <QDate>
#include <QMap>
#include <QVector>

class SettingsStore;

// Today's applications against the plan's goal (15–20 a day by default), and
// the per-day counts the goal chart draws.
class DailyGoal
{
public:
    // The goal of a plan that sets none (the shipped plan's "15-20 jobs daily").
    static constexpr int DefaultMinimum = 15;
    static constexpr int DefaultMaximum = 20;

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

    DailyGoal(int minimum = DefaultMinimum, int maximum = DefaultMaximum);
    // The goal the plan's settings hold, the defaults where they hold none.
    static DailyGoal fromSettings(const SettingsStore& settings);
    // The settings' values as written, without the goal's own limits (for the
    // settings dialog and the report, which show what is stored).
    static int storedMinimum(const SettingsStore& settings);
    static int storedMaximum(const SettingsStore& settings);

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
