#include "PipelineStats.h"

#include "core/storage/Query.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

PipelineStats::PipelineStats(const Database& db)
    : m_db(db)
{}

QStringList PipelineStats::funnelStages()
{
    return {QStringLiteral("applied"), QStringLiteral("screening"), QStringLiteral("interviewing"),
            QStringLiteral("offer"), QStringLiteral("accepted")};
}

QVector<PipelineStats::Step> PipelineStats::funnel() const
{
    const QStringList stages = funnelStages();
    // Furthest funnel stage each application reached: its current stage and
    // every stage its history passed through.
    QHash<qint64, int> furthest;
    auto note = [&](qint64 id, const QString& stage) {
        const int at = int(stages.indexOf(stage));
        if (at >= 0)
            furthest[id] = std::max(furthest.value(id, -1), at);
    };
    Query current(m_db,
                  QStringLiteral("SELECT id, stage, applied_on IS NOT NULL FROM application"));
    if (current.exec()) {
        while (current.next()) {
            const qint64 id = current.value(0).toLongLong();
            note(id, current.value(1).toString());
            // Rejected without any history still was sent when it has a date.
            if (current.value(2).toBool())
                note(id, stages.first());
        }
    }
    Query history(m_db, QStringLiteral("SELECT application_id, to_stage FROM stage_event"));
    if (history.exec()) {
        while (history.next())
            note(history.value(0).toLongLong(), history.value(1).toString());
    }
    QVector<Step> steps;
    for (const QString& s : stages)
        steps.append({s, 0});
    for (int at : std::as_const(furthest)) {
        for (int i = 0; i <= at; ++i)
            ++steps[i].reached;
    }
    return steps;
}

QMap<QDate, int> PipelineStats::appliedPerDay(const QDate& from, const QDate& to) const
{
    QMap<QDate, int> days;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        days.insert(d, 0);
    Query q(m_db, QStringLiteral("SELECT applied_on, count(*) FROM application WHERE applied_on "
                                 "BETWEEN ? AND ? GROUP BY applied_on"));
    q.bindAll({Query::dateValue(from), Query::dateValue(to)});
    if (!q.exec())
        return days;
    while (q.next()) {
        const QDate day = Query::dateFrom(q.value(0));
        if (days.contains(day))
            days[day] = q.value(1).toInt();
    }
    return days;
}
