#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QString>
#include <QVector>

// Writes the plan tree back as GitHub-flavoured Markdown that the reader turns
// into the same tree: headings by depth, items as task lists (sub-items
// indented), notes under their node. Plain bullets in notes are written with
// '*' by the reader, so they never merge with the '-' task lists around them.
class RoadmapMarkdownWriter
{
public:
    // nodes: parents before children, as RoadmapStore::loadAll() returns them.
    static QString write(const QVector<RoadmapNode>& nodes, const QString& preamble = {});
};
