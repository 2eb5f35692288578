#include "PlanDescription.h"

#include <QCoreApplication>
#include <QLocale>

QString PlanDescription::counts(const ParsedPlan& plan)
{
    int headings = 0;
    for (const ParsedPlan::Node& n : plan.nodes)
        headings += n.kind == RoadmapNode::Kind::Item ? 0 : 1;
    return tr("%n checklist item(s)", nullptr, plan.itemCount()) + QStringLiteral(", ") +
           tr("%n done", nullptr, plan.doneCount()) + QStringLiteral(", ") +
           tr("under %n heading(s)", nullptr, headings);
}

QStringList PlanDescription::recognised(const ParsedPlan& plan)
{
    QStringList lines;
    int months = 0;
    int weeks = 0;
    int years = 0;
    int deliverables = 0;
    for (const ParsedPlan::Node& n : plan.nodes) {
        months += n.kind == RoadmapNode::Kind::Month;
        weeks += n.kind == RoadmapNode::Kind::Week;
        years += n.kind == RoadmapNode::Kind::Year;
        deliverables += n.kind == RoadmapNode::Kind::Deliverable;
    }
    const QLocale locale;
    if (plan.planStart.isValid())
        lines << tr("Plan starts %1")
                     .arg(locale.toString(plan.planStart, QStringLiteral("MMMM yyyy")));
    if (months + weeks + years > 0)
        lines << tr("Dated headings: %1")
                     .arg(QStringList{tr("%n month(s)", nullptr, months),
                                      tr("%n week(s)", nullptr, weeks),
                                      tr("%n year(s)", nullptr, years)}
                              .join(QStringLiteral(", ")));
    if (deliverables > 0)
        lines << tr("%n deliverable(s)", nullptr, deliverables);
    for (const ParsedPlan::TopicTarget& t : plan.topicTargets)
        lines << tr("DSA target: %1 — %n problem(s)", nullptr, t.count).arg(t.topic);
    if (plan.dailyGoalMax > 0)
        lines << tr("Daily application goal: %1–%2").arg(plan.dailyGoalMin).arg(plan.dailyGoalMax);
    for (const ParsedPlan::Milestone& m : plan.milestones)
        lines << tr("Milestone \"%1\" (%2): %n skill target(s)", nullptr, int(m.targets.size()))
                     .arg(m.name, locale.toString(m.dueDate, QLocale::ShortFormat));
    return lines;
}

QString PlanDescription::changes(const PlanImporter::Report& report)
{
    int moved = 0;
    for (const PlanImporter::Inherited& i : report.inherited)
        moved += i.followsParent ? 0 : 1;
    QString renamed;
    if (moved > 0)
        renamed =
            QStringLiteral(" (") + tr("%n renamed or moved", nullptr, moved) + QStringLiteral(")");
    return tr("%n kept", nullptr, report.matched) + renamed + QStringLiteral(", ") +
           tr("%n new", nullptr, report.added) + QStringLiteral(", ") +
           tr("%n no longer in the file (hidden, not deleted)", nullptr, report.removed);
}

QStringList PlanDescription::inherited(const ParsedPlan& plan, const PlanImporter::Report& report)
{
    QStringList lines;
    for (const PlanImporter::Inherited& i : report.inherited) {
        if (i.followsParent)
            continue;
        const ParsedPlan::Node& n = plan.nodes.value(i.node);
        lines << tr("line %1: \"%2\" continues \"%3\" (its ticks, notes, dates and status)")
                     .arg(n.line)
                     .arg(n.title, i.oldPath.isEmpty() ? i.oldTitle : i.oldPath);
    }
    return lines;
}
