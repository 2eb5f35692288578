// libFuzzer target: the Markdown roadmap reader and writer on arbitrary bytes.
// Built by the "fuzz" preset (clang, ASan, UBSan); run by scripts/fuzz.sh.

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapMarkdownWriter.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::parse(bytes, QStringLiteral("fuzz.md"), &plan, &error))
        return 0;
    PlanCalendar::apply(&plan);
    // Write it back and read that again: the writer must cope with whatever the reader kept.
    QVector<RoadmapNode> nodes;
    for (int i = 0; i < plan.nodes.size(); ++i) {
        RoadmapNode n;
        n.id = i + 1;
        n.parentId = plan.nodes[i].parent + 1;
        n.position = i;
        n.kind = plan.nodes[i].kind;
        n.title = plan.nodes[i].title;
        n.titleMarkdown = plan.nodes[i].titleMarkdown;
        n.notes = plan.nodes[i].notes;
        nodes.append(n);
    }
    const QByteArray again = RoadmapMarkdownWriter::write(nodes, plan.preamble).toUtf8();
    ParsedPlan second;
    RoadmapMarkdownReader::parse(again, QStringLiteral("again.md"), &second, &error);
    return 0;
}
