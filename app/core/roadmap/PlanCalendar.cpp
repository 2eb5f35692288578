#include "PlanCalendar.h"

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanConventions.h"

#include <algorithm>

QDate PlanCalendar::milestoneDue(bool isYear, int number, int planMonths) const
{
    if (!isYear)
        return monthEnd(number);
    return m_start.addMonths(planMonths + number * 12).addDays(-1);
}

QVector<PlanCalendar::Range> PlanCalendar::date(const QVector<Entry>& entries) const
{
    QVector<Range> ranges(entries.size());
    if (!m_start.isValid())
        return ranges;

    int planMonths = 0;
    QVector<PlanConventions::Heading> headings(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].kind == RoadmapNode::Kind::Item)
            continue;
        headings[i] = PlanConventions::classifyHeading(entries[i].title, entries[i].headingLevel);
        if (headings[i].kind == RoadmapNode::Kind::Month)
            planMonths = std::max(planMonths, headings[i].number);
    }

    // First pass, top-down: explicit ranges, and inheritance for the rest.
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const Range parent = e.parent >= 0 ? ranges[e.parent] : Range{};
        const PlanConventions::Heading& h = headings[i];
        if (e.kind != RoadmapNode::Kind::Item && h.kind == RoadmapNode::Kind::Month) {
            ranges[i] = {monthStart(h.number), monthEnd(h.number)};
        } else if (e.kind != RoadmapNode::Kind::Item && h.kind == RoadmapNode::Kind::Year) {
            const QDate start = m_start.addMonths(planMonths + (h.number - 1) * 12);
            ranges[i] = {start, start.addMonths(12).addDays(-1)};
        } else if (e.kind != RoadmapNode::Kind::Item && h.kind == RoadmapNode::Kind::Week) {
            const QDate base = parent.start.isValid() ? parent.start : m_start;
            const QDate start = base.addDays(qint64(h.number - 1) * 7);
            QDate end = base.addDays(qint64(h.lastWeek) * 7 - 1);
            // Inside a month, week 4 (or later) runs to the month's last day.
            if (parent.end.isValid() && (h.lastWeek >= 4 || end > parent.end))
                end = parent.end;
            ranges[i] = {start, std::max(start, end)};
        } else {
            ranges[i] = parent;
        }
    }

    // Second pass, bottom-up: undated headings (phases, sections) span their children.
    for (int i = int(entries.size()) - 1; i >= 0; --i) {
        const int p = entries[i].parent;
        if (p < 0 || !ranges[i].start.isValid())
            continue;
        const PlanConventions::Heading& ph = headings[p];
        const bool explicitParent = ph.kind == RoadmapNode::Kind::Month ||
                                    ph.kind == RoadmapNode::Kind::Year ||
                                    ph.kind == RoadmapNode::Kind::Week;
        if (explicitParent)
            continue;
        Range& r = ranges[p];
        r.start = r.start.isValid() ? std::min(r.start, ranges[i].start) : ranges[i].start;
        r.end = r.end.isValid() ? std::max(r.end, ranges[i].end) : ranges[i].end;
    }
    return ranges;
}

void PlanCalendar::apply(ParsedPlan* plan, QDate start)
{
    if (!start.isValid())
        start = plan->planStart.isValid() ? plan->planStart : defaultStart();
    QVector<PlanCalendar::Entry> entries;
    entries.reserve(plan->nodes.size());
    int planMonths = 0;
    for (const ParsedPlan::Node& n : plan->nodes) {
        entries.append({n.parent, n.kind, n.title, n.headingLevel});
        if (n.kind == RoadmapNode::Kind::Month)
            planMonths = std::max(planMonths,
                                  PlanConventions::classifyHeading(n.title, n.headingLevel).number);
    }
    const PlanCalendar calendar(start);
    const QVector<PlanCalendar::Range> ranges = calendar.date(entries);
    for (int i = 0; i < plan->nodes.size(); ++i) {
        plan->nodes[i].startDate = ranges[i].start;
        plan->nodes[i].dueDate = ranges[i].end;
    }
    for (ParsedPlan::Milestone& m : plan->milestones) {
        if (const auto ms = PlanConventions::milestone(m.name))
            m.dueDate = calendar.milestoneDue(ms->isYear, ms->number, planMonths);
    }
}
