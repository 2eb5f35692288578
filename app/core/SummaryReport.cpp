#include "SummaryReport.h"

#include "core/Workspace.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillLevelScale.h"
#include "core/skills/SkillStore.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QDate>
#include <QJsonArray>

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
             {QStringLiteral("min"), DailyGoal::storedMinimum(ws.settings())},
             {QStringLiteral("max"), DailyGoal::storedMaximum(ws.settings())},
         }},
    };
    QJsonObject skills{
        {QStringLiteral("total"), ws.skills().skillCount()},
        {QStringLiteral("milestones"), ws.skills().milestoneCount()},
    };
    // Per-skill levels and targets, under their own keys so the counts above
    // keep their meaning for scripts that already read them.
    const SkillLevelScale scale =
        SkillLevelScale::fromSetting(ws.settings().value(SkillLevelScale::SettingKey));
    const QVector<Milestone> milestones = ws.skills().loadMilestones();
    QJsonArray milestoneList;
    for (const Milestone& m : milestones)
        milestoneList.append(QJsonObject{{QStringLiteral("name"), m.name},
                                         {QStringLiteral("due"), m.dueDate.toString(Qt::ISODate)}});
    QJsonArray levels;
    for (const Skill& s : ws.skills().loadSkills()) {
        QJsonArray targets;
        for (const Milestone& m : milestones) {
            const auto it = s.targets.constFind(m.id);
            if (it == s.targets.constEnd())
                continue;
            targets.append(QJsonObject{
                {QStringLiteral("milestone"), m.name},
                {QStringLiteral("level"), it->level},
                {QStringLiteral("label"), it->label.isEmpty() ? scale.name(it->level) : it->label},
            });
        }
        levels.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("category"), s.category},
            {QStringLiteral("level"), s.level},
            {QStringLiteral("level_name"), scale.name(s.level)},
            {QStringLiteral("targets"), targets},
        });
    }
    skills.insert(QStringLiteral("milestone_list"), milestoneList);
    skills.insert(QStringLiteral("levels"), levels);
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
