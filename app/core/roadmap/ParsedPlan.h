#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// What the Markdown reader found in a roadmap file, before anything is written.
struct ParsedPlan
{
    struct Node
    {
        int parent = -1; // index into nodes; parents always come first
        RoadmapNode::Kind kind = RoadmapNode::Kind::Section;
        int headingLevel = 0; // 1-6 for headings, 0 for checklist items
        QString title;
        QString titleMarkdown;
        QString notes;
        bool checked = false;
        // Doing and skipped are written as "- [ ] Item <!-- status: skipped -->",
        // which GitHub renders as the plain unticked item it was.
        RoadmapNode::Status status = RoadmapNode::Status::Todo;
        int line = 0; // 1-based line in the source file
        QDate startDate;
        QDate dueDate;
        QString path; // titles of the ancestors and the node, joined by " › "
    };

    struct TopicTarget
    {
        int node = -1;
        QString topic;
        int count = 0;
    };

    struct SkillTarget
    {
        QString skill;
        int level = 0; // filled cells of the bar
        int cells = 0; // width of the bar
        QString label; // "Expert", "Basics", …
    };

    struct Milestone
    {
        int node = -1; // the heading the block stands under
        QString name;
        QDate dueDate;
        QVector<SkillTarget> targets;
    };

    QString title;    // text of the first top-level heading
    QString preamble; // notes before the first heading
    QDate planStart;  // recognised from the text, invalid when none
    QVector<Node> nodes;
    QVector<TopicTarget> topicTargets;
    QVector<Milestone> milestones;
    int dailyGoalMin = 0;
    int dailyGoalMax = 0;
    QStringList warnings;

    int itemCount() const;
    int doneCount() const;
};
