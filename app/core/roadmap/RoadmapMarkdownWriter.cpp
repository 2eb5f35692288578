#include "RoadmapMarkdownWriter.h"

#include <QHash>
#include <algorithm>

namespace {

struct Tree
{
    const QVector<RoadmapNode>& nodes;
    QHash<qint64, QVector<int>> children; // parent id (0: top level) -> node indexes
};

QString indented(const QString& text, int spaces)
{
    const QString pad(spaces, u' ');
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(u'\n');
}

QString titleOf(const RoadmapNode& n)
{
    return n.titleMarkdown.isEmpty() ? n.title : n.titleMarkdown;
}

void writeItem(const Tree& tree, int index, int depth, QString& out)
{
    const RoadmapNode& n = tree.nodes[index];
    const int indent = depth * 2;
    out += QString(indent, u' ') +
           (n.status == RoadmapNode::Status::Done ? QStringLiteral("- [x] ")
                                                  : QStringLiteral("- [ ] ")) +
           titleOf(n);
    // GitHub shows an HTML comment as nothing, so the file still renders as a
    // plain unticked item, and the reader brings the status back.
    if (n.status == RoadmapNode::Status::Doing || n.status == RoadmapNode::Status::Skipped)
        out += QStringLiteral(" <!-- status: %1 -->").arg(RoadmapNode::statusKey(n.status));
    out += u'\n';
    if (!n.notes.isEmpty())
        out += u'\n' + indented(n.notes, indent + 2) + QStringLiteral("\n\n");
    for (int child : tree.children.value(n.id))
        writeItem(tree, child, depth + 1, out);
}

void writeHeading(const Tree& tree, int index, int level, QString& out)
{
    const RoadmapNode& n = tree.nodes[index];
    if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
        out += u'\n';
    out += QString(std::min(level, 6), u'#') + u' ' + titleOf(n) + QStringLiteral("\n\n");
    if (!n.notes.isEmpty())
        out += n.notes + QStringLiteral("\n\n");
    bool inList = false;
    for (int child : tree.children.value(n.id)) {
        if (tree.nodes[child].isItem()) {
            writeItem(tree, child, 0, out);
            inList = true;
        } else {
            if (inList)
                out += u'\n';
            inList = false;
            writeHeading(tree, child, level + 1, out);
        }
    }
}

} // namespace

QString RoadmapMarkdownWriter::write(const QVector<RoadmapNode>& nodes, const QString& preamble)
{
    Tree tree{nodes, {}};
    QVector<int> order(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&nodes](int a, int b) { return nodes[a].position < nodes[b].position; });
    for (int i : order)
        tree.children[nodes[i].parentId].append(i);

    QString out;
    if (!preamble.isEmpty())
        out += preamble + QStringLiteral("\n\n");
    bool inList = false;
    for (int top : tree.children.value(0)) {
        if (nodes[top].isItem()) {
            writeItem(tree, top, 0, out);
            inList = true;
        } else {
            if (inList)
                out += u'\n';
            inList = false;
            writeHeading(tree, top, 1, out);
        }
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}
