#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

class Database;

// The application pipeline as numbers, from `application` and `stage_event`:
// how many applications reached each stage (the funnel) and how many were sent
// per day (against the daily goal).
class PipelineStats
{
public:
    struct Step
    {
        QString stage; // key as stored ("applied", "screening", …)
        int reached = 0;
    };

    explicit PipelineStats(const Database& db);

    // The forward stages a funnel shows, in order.
    static QStringList funnelStages();
    // Applications that reached each funnel stage at some point (a rejection
    // after an interview still counts as having reached the interview).
    QVector<Step> funnel() const;
    // Applications sent per day in [from, to], every day present (0 included).
    QMap<QDate, int> appliedPerDay(const QDate& from, const QDate& to) const;

private:
    const Database& m_db;
};
