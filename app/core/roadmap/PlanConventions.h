#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QDate>
#include <QString>
#include <optional>

// The conventions roadmap files use, read from a heading's or item's text
// (which the Markdown parser has already extracted): "Month 2", "Week 3-4",
// "Year 1", "Deliverable", "(15 problems)", "15-20 jobs daily", skill bars.
class PlanConventions
{
public:
    struct Heading
    {
        RoadmapNode::Kind kind = RoadmapNode::Kind::Section;
        int number = 0;   // N of "Month N" / "Year N", first week of "Week N-M"
        int lastWeek = 0; // M of "Week N-M" (equal to number for "Week N")
    };

    struct SkillBar
    {
        QString skill;
        int level = 0;
        int cells = 0;
        QString label;
    };

    struct Milestone
    {
        bool isYear = false;
        int number = 0;
    };

    static Heading classifyHeading(const QString& title, int level);
    static std::optional<std::pair<QString, int>> topicTarget(const QString& itemTitle);
    static std::optional<std::pair<int, int>> dailyApplicationGoal(const QString& text);
    static std::optional<SkillBar> skillBar(const QString& line);
    static std::optional<Milestone> milestone(const QString& headingTitle);
    // "January 2026" near "date" or "start"; otherwise the first month-and-year.
    static QDate planStart(const QString& text);
};
