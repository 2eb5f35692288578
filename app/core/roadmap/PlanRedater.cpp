#include "PlanRedater.h"

#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanConventions.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillStore.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <algorithm>

bool PlanRedater::apply(Database& db, RoadmapStore& roadmap, SkillStore& skills,
                        SettingsStore& settings, const QDate& start)
{
    if (!start.isValid())
        return false;
    const QVector<RoadmapNode> nodes = roadmap.loadIncludingRemoved();
    QHash<qint64, int> index;
    QVector<PlanCalendar::Entry> entries;
    entries.reserve(nodes.size());
    int planMonths = 0;
    for (const RoadmapNode& n : nodes) {
        index.insert(n.id, int(entries.size()));
        entries.append({index.value(n.parentId, -1), n.kind, n.title,
                        n.kind == RoadmapNode::Kind::Phase ? 1 : 2});
        if (n.kind == RoadmapNode::Kind::Month)
            planMonths = std::max(planMonths, PlanConventions::classifyHeading(n.title, 2).number);
    }
    const PlanCalendar calendar(start);
    const QVector<PlanCalendar::Range> ranges = calendar.date(entries);

    Transaction tx(db);
    for (int i = 0; i < nodes.size(); ++i) {
        if (ranges[i].start == nodes[i].startDate && ranges[i].end == nodes[i].dueDate)
            continue;
        if (!roadmap.writeDates(nodes[i].id, ranges[i].start, ranges[i].end))
            return false;
    }
    for (const Milestone& m : skills.loadMilestones()) {
        if (const auto ms = PlanConventions::milestone(m.name)) {
            if (!skills.setMilestoneDue(m.id,
                                        calendar.milestoneDue(ms->isYear, ms->number, planMonths)))
                return false;
        }
    }
    if (!settings.setValue(SettingsStore::PlanStart, start.toString(Qt::ISODate)) || !tx.commit())
        return false;
    roadmap.announceReset();
    skills.announceReset();
    return true;
}
