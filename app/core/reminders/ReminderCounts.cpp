#include "ReminderCounts.h"

#include "Workspace.h"
#include "jobs/ApplicationStore.h"
#include "roadmap/RoadmapModel.h"
#include "storage/Query.h"
#include "storage/SettingsStore.h"

namespace {
int count(Workspace& ws, const QString& sql, const QDate& day)
{
    Query q(ws.database(), sql);
    q.bind(Query::dateValue(day));
    return (q.exec() && q.next()) ? q.value(0).toInt() : 0;
}
} // namespace

ReminderCounts ReminderCounts::load(Workspace& ws, const QDate& today)
{
    ReminderCounts c;
    c.reviewsDue = count(ws,
                         QStringLiteral("SELECT COUNT(*) FROM review "
                                        "WHERE done_on IS NULL AND due_on <= ?"),
                         today);
    // Closed applications need no follow-up, whatever date is left on them.
    c.followUpsDue = count(ws,
                           QStringLiteral("SELECT COUNT(*) FROM application "
                                          "WHERE follow_up_on IS NOT NULL AND follow_up_on <> '' "
                                          "AND follow_up_on <= ? "
                                          "AND stage NOT IN ('rejected','withdrawn','accepted',"
                                          "'ghosted')"),
                           today);
    c.interviewsTomorrow = count(
        ws, // The column may hold a date or a date and time; the day is its first ten characters.
        QStringLiteral("SELECT COUNT(*) FROM interview_round "
                       "WHERE substr(scheduled_on, 1, 10) = ?"),
        today.addDays(1));
    c.appliedToday = ws.applications().countAppliedOn(today);
    c.dailyGoal = ws.settings().intValue(SettingsStore::DailyGoalMin, 15);
    c.overdueItems = ws.roadmapModel().overdueItemCount(today);
    return c;
}
