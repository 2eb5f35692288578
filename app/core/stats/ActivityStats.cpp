#include "ActivityStats.h"

#include "core/storage/Query.h"

ActivityStats::ActivityStats(const Database& db)
    : m_db(db)
{}

QMap<QDate, int> ActivityStats::attemptsPerDay(const QDate& from, const QDate& to) const
{
    QMap<QDate, int> days;
    Query q(m_db, QStringLiteral("SELECT day, count(*) FROM attempt WHERE day BETWEEN ? AND ? "
                                 "GROUP BY day"));
    q.bindAll({Query::dateValue(from), Query::dateValue(to)});
    if (!q.exec())
        return days;
    while (q.next()) {
        const QDate day = Query::dateFrom(q.value(0));
        if (day.isValid())
            days.insert(day, q.value(1).toInt());
    }
    return days;
}

QVector<ActivityStats::Week> ActivityStats::minutesPerWeek(const QDate& last, int weeks) const
{
    QVector<Week> result;
    if (weeks <= 0 || !last.isValid())
        return result;
    const QDate first = mondayOf(last).addDays(-7 * (weeks - 1));
    for (int i = 0; i < weeks; ++i)
        result.append({first.addDays(7 * i), 0});
    Query q(m_db, QStringLiteral("SELECT day, sum(minutes) FROM attempt WHERE day BETWEEN ? AND ? "
                                 "GROUP BY day"));
    q.bindAll({Query::dateValue(first), Query::dateValue(first.addDays(7 * weeks - 1))});
    if (!q.exec())
        return result;
    while (q.next()) {
        const QDate day = Query::dateFrom(q.value(0));
        const qint64 week = first.daysTo(day) / 7;
        if (day.isValid() && week >= 0 && week < weeks)
            result[int(week)].minutes += q.value(1).toInt();
    }
    return result;
}
