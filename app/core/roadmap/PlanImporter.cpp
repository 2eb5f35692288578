#include "PlanImporter.h"

#include "core/dsa/TopicStore.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanMatcher.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillCategory.h"
#include "core/skills/SkillStore.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace {
// How often the progress callback is asked, in rows.
constexpr int progressStep = 256;

RoadmapNode toNode(const ParsedPlan::Node& p, qint64 parentId, int position)
{
    RoadmapNode n;
    n.parentId = parentId;
    n.position = position;
    n.kind = p.kind;
    n.title = p.title;
    n.titleMarkdown = p.titleMarkdown;
    n.notes = p.notes;
    n.status = p.checked ? RoadmapNode::Status::Done : p.status;
    n.startDate = p.startDate;
    n.dueDate = p.dueDate;
    n.sourcePath = p.path;
    n.sourceLine = p.line;
    return n;
}
} // namespace

PlanImporter::PlanImporter(Database& db, RoadmapStore& roadmap, TopicStore& topics,
                           SkillStore& skills, SettingsStore& settings)
    : m_db(db)
    , m_roadmap(roadmap)
    , m_topics(topics)
    , m_skills(skills)
    , m_settings(settings)
{}

bool PlanImporter::fail(const QString& what)
{
    const QString why = m_db.lastSqlError();
    m_error = QCoreApplication::translate("PlanImporter",
                                          "Could not write the plan into %1 (%2%3); nothing was "
                                          "changed. Free some disk space or check the file's "
                                          "permissions, then import again.")
                  .arg(m_db.path(), what, why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    return false;
}

bool PlanImporter::cancelledAt(const Progress& progress, int done, int total)
{
    if (!progress || done % progressStep != 0 || progress(done, total))
        return false;
    m_cancelled = true;
    m_error = QCoreApplication::translate("PlanImporter", "The import was cancelled; nothing was "
                                                          "changed.");
    return true;
}

bool PlanImporter::replacePlan(const ParsedPlan& plan, const Progress& progress)
{
    m_cancelled = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    if (!m_topics.clearTargets() || !m_roadmap.clear())
        return fail(QStringLiteral("clear"));

    QVector<qint64> ids(plan.nodes.size());
    QVector<int> childCount(plan.nodes.size() + 1);
    for (int i = 0; i < plan.nodes.size(); ++i) {
        if (cancelledAt(progress, i, int(plan.nodes.size())))
            return false;
        const ParsedPlan::Node& p = plan.nodes[i];
        const RoadmapNode n =
            toNode(p, p.parent >= 0 ? ids[p.parent] : 0, childCount[p.parent + 1]++);
        ids[i] = m_roadmap.insertNode(n);
        if (ids[i] == 0)
            return fail(QStringLiteral("line %1").arg(p.line));
    }
    if (!writeConventions(plan, ids) || !tx.commit())
        return fail(QStringLiteral("settings"));
    notify();
    return true;
}

bool PlanImporter::mergePlan(const ParsedPlan& plan, Report* report, const Progress& progress,
                             const PlanMatcher::Overrides& overrides)
{
    m_cancelled = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    if (!m_topics.clearTargets())
        return fail(QStringLiteral("targets"));

    const QVector<RoadmapNode> existing = m_roadmap.loadIncludingRemoved();
    const PlanMatcher::Result matches = PlanMatcher::match(existing, plan, overrides);
    const Report r = reportOf(existing, plan, matches);
    QVector<bool> matched(existing.size());
    QVector<qint64> ids(plan.nodes.size());
    QVector<int> childCount(plan.nodes.size() + 1);
    for (int i = 0; i < plan.nodes.size(); ++i) {
        if (cancelledAt(progress, i, int(plan.nodes.size())))
            return false;
        const ParsedPlan::Node& p = plan.nodes[i];
        RoadmapNode n = toNode(p, p.parent >= 0 ? ids[p.parent] : 0, childCount[p.parent + 1]++);
        const int hit = matches.existing[i];
        if (hit < 0) {
            ids[i] = m_roadmap.insertNode(n);
        } else {
            const RoadmapNode& old = existing[hit];
            matched[hit] = true;
            n.id = old.id;
            // The user's progress wins, except that a status set in the file (a
            // tick, or a doing/skipped comment) counts too when the planner has none.
            if (!(old.status == RoadmapNode::Status::Todo && n.status != old.status))
                n.status = old.status;
            if (!old.notes.isEmpty())
                n.notes = old.notes;
            // Dates the file does not give (an item, a heading without a
            // convention) stay as the user set them.
            if (!n.startDate.isValid() && !n.dueDate.isValid()) {
                n.startDate = old.startDate;
                n.dueDate = old.dueDate;
            }
            ids[i] = m_roadmap.updateFromImport(n) ? old.id : 0;
        }
        if (ids[i] == 0)
            return fail(QStringLiteral("line %1").arg(p.line));
    }
    // What the file no longer has is hidden, not deleted; nodes the user added
    // in the planner (no source path) stay where they are.
    for (int i = 0; i < existing.size(); ++i) {
        if (matched[i] || existing[i].sourcePath.isEmpty() || existing[i].removed)
            continue;
        RoadmapNode gone = existing[i];
        if (!m_roadmap.updateFromImport(gone) || !m_roadmap.markRemoved(gone.id, true))
            return fail(gone.title);
    }
    if (!m_roadmap.renumberSiblings())
        return fail(QStringLiteral("positions"));
    if (!writeConventions(plan, ids) || !tx.commit())
        return fail(QStringLiteral("settings"));
    if (report)
        *report = r;
    notify();
    return true;
}

PlanImporter::Report PlanImporter::preview(const QVector<RoadmapNode>& existing,
                                           const ParsedPlan& plan,
                                           const PlanMatcher::Overrides& overrides)
{
    return reportOf(existing, plan, PlanMatcher::match(existing, plan, overrides));
}

PlanImporter::Report PlanImporter::reportOf(const QVector<RoadmapNode>& existing,
                                            const ParsedPlan& plan,
                                            const PlanMatcher::Result& matches)
{
    Report r;
    QVector<bool> kept(existing.size());
    for (int i = 0; i < matches.existing.size(); ++i) {
        const int hit = matches.existing[i];
        if (hit < 0) {
            ++r.added;
            continue;
        }
        kept[hit] = true;
        ++r.matched;
        if (matches.exact[i])
            continue;
        const RoadmapNode& old = existing[hit];
        const int parent = plan.nodes[i].parent;
        const int oldParent = parent >= 0 ? matches.existing[parent] : -1;
        const bool follows = oldParent >= 0 && old.parentId == existing[oldParent].id &&
                             PlanMatcher::similarity(old.title, plan.nodes[i].title) == 1.0;
        r.inherited.append({i, old.id, old.title, old.sourcePath, follows});
    }
    for (int i = 0; i < existing.size(); ++i) {
        if (!existing[i].sourcePath.isEmpty() && !existing[i].removed && !kept[i])
            ++r.removed;
    }
    return r;
}

bool PlanImporter::writeConventions(const ParsedPlan& plan, const QVector<qint64>& ids)
{
    for (const ParsedPlan::TopicTarget& t : plan.topicTargets) {
        if (!m_topics.setTarget(t.topic, t.count, ids.value(t.node)))
            return false;
    }
    QVector<qint64> milestones;
    for (const ParsedPlan::Milestone& m : plan.milestones) {
        const qint64 milestone = m_skills.ensureMilestone(m.name, m.dueDate, ids.value(m.node));
        if (milestone == 0)
            return false;
        milestones.append(milestone);
        for (const ParsedPlan::SkillTarget& t : m.targets) {
            const qint64 skill = m_skills.ensureSkill(t.skill, SkillCategory::guess(t.skill));
            if (skill == 0 || !m_skills.setTarget(skill, milestone, t.level, t.label))
                return false;
        }
    }
    // The plan's milestones replace the old ones; skills, levels and history
    // are the user's own and stay.
    if (!m_skills.removeMilestonesExcept(milestones))
        return false;
    const QDate start = plan.planStart.isValid() ? plan.planStart : PlanCalendar::defaultStart();
    bool ok = m_settings.setValue(SettingsStore::PlanStart, start.toString(Qt::ISODate)) &&
              m_settings.setValue(SettingsStore::PlanTitle, plan.title) &&
              m_settings.setValue(SettingsStore::PlanPreamble, plan.preamble) &&
              (!m_settings.value(SettingsStore::PlanInitialised).isEmpty() ||
               m_settings.setValue(SettingsStore::PlanInitialised, QStringLiteral("import")));
    if (plan.dailyGoalMax > 0) {
        ok = ok &&
             m_settings.setValue(SettingsStore::DailyGoalMin, QString::number(plan.dailyGoalMin)) &&
             m_settings.setValue(SettingsStore::DailyGoalMax, QString::number(plan.dailyGoalMax));
    }
    return ok;
}

void PlanImporter::notify()
{
    m_roadmap.announceReset();
    m_skills.announceReset();
    m_topics.announceReset();
}
