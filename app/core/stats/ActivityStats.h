#pragma once

#include <QDate>
#include <QMap>
#include <QVector>

class Database;

// Practice activity from the DSA log's `attempt` table, for the heatmap and the
// minutes-per-week chart. Read-only; the charts ask again when the log changes.
class ActivityStats
{
public:
    struct Week
    {
        QDate monday;
        int minutes = 0;
    };

    explicit ActivityStats(const Database& db);

    // Attempts per day in [from, to]; days without attempts are absent.
    QMap<QDate, int> attemptsPerDay(const QDate& from, const QDate& to) const;
    // `weeks` ISO weeks (Monday first) ending with the week holding `last`,
    // oldest first, weeks without practice included as 0.
    QVector<Week> minutesPerWeek(const QDate& last, int weeks) const;

    static QDate mondayOf(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    const Database& m_db;
};
