#include "DailyGoal.h"

#include "core/storage/SettingsStore.h"

#include <algorithm>

DailyGoal::DailyGoal(int minimum, int maximum)
    : m_min(std::max(1, minimum))
    , m_max(std::max(m_min, maximum))
{}

DailyGoal DailyGoal::fromSettings(const SettingsStore& settings)
{
    return DailyGoal(storedMinimum(settings), storedMaximum(settings));
}

int DailyGoal::storedMinimum(const SettingsStore& settings)
{
    return settings.intValue(SettingsStore::DailyGoalMin, DefaultMinimum);
}

int DailyGoal::storedMaximum(const SettingsStore& settings)
{
    return settings.intValue(SettingsStore::DailyGoalMax, DefaultMaximum);
}

DailyGoal::Status DailyGoal::status(int count) const
{
    if (count < m_min)
        return Below;
    return count > m_max ? Above : Met;
}

QVector<DailyGoal::Day> DailyGoal::lastWeeks(const QMap<QDate, int>& counts, const QDate& today,
                                             int weeks)
{
    QVector<Day> days;
    const int n = std::max(1, weeks) * 7;
    days.reserve(n);
    for (int i = n - 1; i >= 0; --i) {
        const QDate d = today.addDays(-i);
        days.append({d, counts.value(d, 0)});
    }
    return days;
}

int DailyGoal::daysMet(const QVector<Day>& days) const
{
    return int(
        std::count_if(days.begin(), days.end(), [this](const Day& d) { return d.count >= m_min; }));
}

int DailyGoal::streak(const QVector<Day>& days) const
{
    int run = 0;
    for (int i = int(days.size()) - 1; i >= 0; --i) {
        if (days[i].count >= m_min)
            ++run;
        else if (i != int(days.size()) - 1) // today may still be in progress
            break;
    }
    return run;
}
