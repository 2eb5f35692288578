#include "ReportHeadlines.h"

#include "core/Workspace.h"
#include "core/dsa/TopicStore.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"
#include "core/jobs/Funnel.h"
#include "core/jobs/StageOrder.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/skills/SkillStore.h"
#include "core/storage/SettingsStore.h"

#include <QLocale>

namespace {
int percent(int part, int whole)
{
    return whole > 0 ? part * 100 / whole : 0;
}
} // namespace

QStringList ReportHeadlines::compute(Workspace& ws, const QDate& today)
{
    const QLocale locale;
    QStringList lines;

    const RoadmapModel& roadmap = ws.roadmapModel();
    lines << tr("Plan: %1 of %2 items done (%3%)")
                 .arg(locale.toString(roadmap.doneCount()), locale.toString(roadmap.itemCount()))
                 .arg(percent(roadmap.doneCount(), roadmap.itemCount()));

    int solved = 0;
    int target = 0;
    for (const TopicStore::Topic& t : ws.topics().loadAll()) {
        if (t.target <= 0)
            continue;
        // Extra problems in one topic do not make up for another.
        solved += std::min(t.solved, t.target);
        target += t.target;
    }
    lines << tr("Problems solved against the plan's targets: %1 of %2 (%3%)")
                 .arg(locale.toString(solved), locale.toString(target))
                 .arg(percent(solved, target));

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    int week = 0;
    for (int count : ws.applications().countsAppliedBetween(monday, today))
        week += count;
    const int perDay = DailyGoal::storedMinimum(ws.settings());
    const int days = int(monday.daysTo(today)) + 1;
    lines << tr("Applications this week: %1 against a goal of %2 (%3 a day for %4 days)")
                 .arg(locale.toString(week), locale.toString(perDay * days))
                 .arg(perDay)
                 .arg(days);

    const Funnel::Result funnel =
        Funnel::compute(ws.applications().loadAll(), ws.applications().allHistory(),
                        StageOrder::load(ws.settings()), today);
    QStringList steps;
    for (int i = 0; i < funnel.steps.size(); ++i) {
        const Funnel::Step& s = funnel.steps[i];
        steps << (i == 0
                      ? tr("%1 %2").arg(Application::stageName(s.stage), locale.toString(s.reached))
                      : tr("%1 %2 (%3%)")
                            .arg(Application::stageName(s.stage), locale.toString(s.reached))
                            .arg(qRound(s.conversion * 100)));
    }
    lines << tr("Funnel: %1").arg(steps.join(QStringLiteral(" → ")));

    // The next milestone still ahead, or the last one once all are past.
    const QVector<Milestone> milestones = ws.skills().loadMilestones();
    const Milestone* next = milestones.isEmpty() ? nullptr : &milestones.last();
    for (const Milestone& m : milestones) {
        if (m.dueDate.isValid() && m.dueDate >= today) {
            next = &m;
            break;
        }
    }
    if (next) {
        int withTarget = 0;
        int reached = 0;
        for (const Skill& s : ws.skills().loadSkills()) {
            const auto it = s.targets.constFind(next->id);
            if (it == s.targets.constEnd())
                continue;
            ++withTarget;
            if (s.level >= it->level)
                ++reached;
        }
        lines << tr("Skills at their %1 target: %2 of %3")
                     .arg(next->name, locale.toString(reached), locale.toString(withTarget));
    }
    return lines;
}
