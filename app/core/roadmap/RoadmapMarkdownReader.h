#pragma once

#include "core/roadmap/ParsedPlan.h"

#include <QByteArray>
#include <QString>

// Reads a roadmap written in GitHub-flavoured Markdown with md4c, the CommonMark
// parser Qt itself uses. Headings become the tree, GFM task-list items become
// checklist items (nested tasks become sub-items), and everything else under a
// heading or item is kept as that node's notes, re-written as Markdown.
class RoadmapMarkdownReader
{
public:
    // Files larger than this are refused rather than read into memory.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    // Parses UTF-8 text. fileName only names the source in messages.
    // Returns false with a message naming the file (and line) on bad input.
    static bool parse(const QByteArray& utf8, const QString& fileName, ParsedPlan* plan,
                      QString* error);
    // Reads and parses the file, then dates it with PlanCalendar::apply.
    static bool readFile(const QString& path, ParsedPlan* plan, QString* error);
};
