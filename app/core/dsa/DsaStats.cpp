#include "DsaStats.h"

#include <QSet>
#include <algorithm>

std::array<int, 3> DsaStats::solvedByDifficulty(const QVector<Problem>& problems)
{
    std::array<int, 3> counts{0, 0, 0};
    for (const Problem& p : problems) {
        if (p.countsAsSolved())
            ++counts[size_t(p.difficulty)];
    }
    return counts;
}

QMap<QDate, DsaStats::Day> DsaStats::activityPerDay(const QVector<Attempt>& attempts,
                                                    const QDate& from, const QDate& to)
{
    QMap<QDate, Day> days;
    for (const Attempt& a : attempts) {
        if (!a.day.isValid() || a.day < from || a.day > to)
            continue;
        Day& d = days[a.day];
        ++d.attempts;
        d.minutes += std::max(0, a.minutes);
        if (a.outcome == Attempt::Outcome::Solved)
            ++d.solved;
    }
    return days;
}

QVector<DsaStats::Week> DsaStats::minutesPerWeek(const QVector<Attempt>& attempts,
                                                 const QDate& today, int weeks)
{
    QVector<Week> result;
    if (weeks <= 0 || !today.isValid())
        return result;
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    const QDate first = thisMonday.addDays(-7 * (weeks - 1));
    for (int i = 0; i < weeks; ++i)
        result.append({first.addDays(7 * i), 0});
    for (const Attempt& a : attempts) {
        if (!a.day.isValid() || a.day < first || a.day > today)
            continue;
        result[int(first.daysTo(a.day) / 7)].minutes += std::max(0, a.minutes);
    }
    return result;
}

DsaStats::Streak DsaStats::streak(const QVector<Attempt>& attempts, const QDate& today,
                                  int minPerDay)
{
    QMap<QDate, int> perDay;
    for (const Attempt& a : attempts) {
        if (a.day.isValid())
            ++perDay[a.day];
    }
    return streak(perDay, today, minPerDay);
}

DsaStats::Streak DsaStats::streak(const QMap<QDate, int>& perDay, const QDate& today, int minPerDay)
{
    const int minimum = std::max(1, minPerDay);
    Streak s;
    // Best: walk the qualifying days in order, counting runs of consecutive dates.
    int run = 0;
    QDate previous;
    for (auto it = perDay.cbegin(); it != perDay.cend() && it.key() <= today; ++it) {
        if (!it.key().isValid() || it.value() < minimum)
            continue;
        run = previous.isValid() && previous.daysTo(it.key()) == 1 ? run + 1 : 1;
        previous = it.key();
        s.best = std::max(s.best, run);
    }
    s.todayCounted = perDay.value(today) >= minimum;
    QDate day = s.todayCounted ? today : today.addDays(-1);
    while (perDay.value(day) >= minimum) {
        ++s.current;
        day = day.addDays(-1);
    }
    return s;
}
