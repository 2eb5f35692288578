#include "SummaryReport.h"

#include "Workspace.h"
#include "dsa/ProblemStore.h"
#include "jobs/ApplicationStore.h"
#include "roadmap/RoadmapStore.h"
#include "skills/SkillStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QDate>

namespace {
QJsonObject toJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonObject SummaryReport::build(Workspace& ws)
{
    const RoadmapStore::Counts roadmap = ws.roadmap().counts();
    QJsonObject plan{
        {QStringLiteral("title"), ws.settings().value(SettingsStore::PlanTitle)},
        {QStringLiteral("start"), ws.settings().value(SettingsStore::PlanStart)},
    };
    const QJsonObject roadmapJson{
        {QStringLiteral("items"), roadmap.items},
        {QStringLiteral("done"), roadmap.done},
    };
    const QJsonObject problems{
        {QStringLiteral("total"), ws.problems().total()},
        {QStringLiteral("by_status"), toJson(ws.problems().countByStatus())},
        {QStringLiteral("by_difficulty"), toJson(ws.problems().countByDifficulty())},
    };
    const QJsonObject applications{
        {QStringLiteral("total"), ws.applications().total()},
        {QStringLiteral("by_stage"), toJson(ws.applications().countByStage())},
        {QStringLiteral("today"), ws.applications().countAppliedOn(QDate::currentDate())},
        {QStringLiteral("daily_goal"),
         QJsonObject{
             {QStringLiteral("min"), ws.settings().intValue(SettingsStore::DailyGoalMin, 15)},
             {QStringLiteral("max"), ws.settings().intValue(SettingsStore::DailyGoalMax, 20)},
         }},
    };
    const QJsonObject skills{
        {QStringLiteral("total"), ws.skills().skillCount()},
        {QStringLiteral("milestones"), ws.skills().milestoneCount()},
    };
    return QJsonObject{
        {QStringLiteral("schema"), ws.database().schemaVersion()},
        {QStringLiteral("database"), ws.database().path()},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("roadmap"), roadmapJson},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("applications"), applications},
        {QStringLiteral("skills"), skills},
    };
}
