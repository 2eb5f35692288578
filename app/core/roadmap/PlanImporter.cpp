#include "PlanImporter.h"

#include "RoadmapStore.h"
#include "dsa/TopicStore.h"
#include "skills/SkillCategory.h"
#include "skills/SkillStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

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
    m_error = QCoreApplication::translate("PlanImporter", "Could not write the plan (%1) into %2")
                  .arg(what, m_db.path());
    return false;
}

bool PlanImporter::replacePlan(const ParsedPlan& plan)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    if (!m_topics.clearTargets() || !m_roadmap.clear())
        return fail(QStringLiteral("clear"));

    QVector<qint64> ids(plan.nodes.size());
    QVector<int> childCount(plan.nodes.size() + 1);
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node& p = plan.nodes[i];
        RoadmapNode n;
        n.parentId = p.parent >= 0 ? ids[p.parent] : 0;
        n.position = childCount[p.parent + 1]++;
        n.kind = p.kind;
        n.title = p.title;
        n.titleMarkdown = p.titleMarkdown;
        n.notes = p.notes;
        n.status = p.checked ? RoadmapNode::Status::Done : RoadmapNode::Status::Todo;
        n.startDate = p.startDate;
        n.dueDate = p.dueDate;
        n.sourcePath = p.path;
        n.sourceLine = p.line;
        ids[i] = m_roadmap.insertNode(n);
        if (ids[i] == 0)
            return fail(QStringLiteral("line %1").arg(p.line));
    }

    for (const ParsedPlan::TopicTarget& t : plan.topicTargets) {
        if (!m_topics.setTarget(t.topic, t.count, ids.value(t.node)))
            return fail(t.topic);
    }
    QVector<qint64> milestones;
    for (const ParsedPlan::Milestone& m : plan.milestones) {
        const qint64 milestone = m_skills.ensureMilestone(m.name, m.dueDate, ids.value(m.node));
        if (milestone == 0)
            return fail(m.name);
        milestones.append(milestone);
        for (const ParsedPlan::SkillTarget& t : m.targets) {
            const qint64 skill = m_skills.ensureSkill(t.skill, SkillCategory::guess(t.skill));
            if (skill == 0 || !m_skills.setTarget(skill, milestone, t.level, t.label))
                return fail(t.skill);
        }
    }
    // The plan's milestones replace the old ones; skills, levels and history
    // are the user's own and stay.
    if (!m_skills.removeMilestonesExcept(milestones))
        return fail(QStringLiteral("milestones"));

    const QDate start = plan.planStart.isValid() ? plan.planStart : QDate(2026, 1, 1);
    bool ok = m_settings.setValue(SettingsStore::PlanStart, start.toString(Qt::ISODate)) &&
              m_settings.setValue(SettingsStore::PlanTitle, plan.title) &&
              m_settings.setValue(SettingsStore::PlanPreamble, plan.preamble);
    if (plan.dailyGoalMax > 0) {
        ok = ok &&
             m_settings.setValue(SettingsStore::DailyGoalMin, QString::number(plan.dailyGoalMin)) &&
             m_settings.setValue(SettingsStore::DailyGoalMax, QString::number(plan.dailyGoalMax));
    }
    if (!ok || !tx.commit())
        return fail(QStringLiteral("settings"));

    m_roadmap.notifyReset();
    emit m_skills.reset();
    emit m_topics.changed();
    return true;
}
