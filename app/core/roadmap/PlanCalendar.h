#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QDate>
#include <QVector>

struct ParsedPlan;

// Turns "Month N", "Week N-M" and "Year N" headings into calendar dates counted
// from the plan's start. Months are calendar months; weeks are 7-day blocks
// inside their month (the last week of a month runs to its end); years follow
// the last month of the plan, because plans write "Year 1" for what comes after
// the months. Items and other nodes take the dates of their nearest dated
// ancestor; phases and sections span their dated children.
class PlanCalendar
{
public:
    struct Entry
    {
        int parent = -1; // index of the parent; parents come before children
        RoadmapNode::Kind kind = RoadmapNode::Kind::Section;
        QString title;
        int headingLevel = 0;
    };
    struct Range
    {
        QDate start;
        QDate end;
    };

    // Fills in a parsed plan's dates from `start`, or from the start written in the
    // plan when `start` is invalid.
    static void apply(ParsedPlan* plan, QDate start = {});
    // The start of a plan that names none (the month the shipped plan was written for).
    static QDate defaultStart() { return QDate(2026, 1, 1); }

    explicit PlanCalendar(QDate planStart)
        : m_start(planStart)
    {}

    QVector<Range> date(const QVector<Entry>& entries) const;

    QDate monthStart(int month) const { return m_start.addMonths(month - 1); }
    QDate monthEnd(int month) const { return m_start.addMonths(month).addDays(-1); }
    // The end of month N, or of year N after the plan's months.
    QDate milestoneDue(bool isYear, int number, int planMonths) const;

private:
    QDate m_start;
};
