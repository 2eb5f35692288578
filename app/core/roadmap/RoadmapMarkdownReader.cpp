#include "RoadmapMarkdownReader.h"

#include "core/io/HtmlEntities.h"
#include "core/roadmap/MarkdownNotesWriter.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanConventions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <md4c.h>

namespace {

QString fromMd(const MD_CHAR* text, MD_SIZE size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

using Container = MarkdownNotesWriter::Container;

class Builder
{
public:
    Builder(const QByteArray& source, ParsedPlan* plan)
        : m_source(source)
        , m_plan(plan)
        , m_notes(plan, m_containers)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (source.at(i) == '\n')
                m_lineStarts.append(int(i + 1));
        }
    }

    int enterBlock(MD_BLOCKTYPE type, void* detail);
    int leaveBlock(MD_BLOCKTYPE type, void* detail);
    int enterSpan(MD_SPANTYPE type, void* detail);
    int leaveSpan(MD_SPANTYPE type, void* detail);
    int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size);
    void finish() { m_notes.finish(); }

private:
    int lineOf(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), int(offset));
        return int(it - m_lineStarts.cbegin());
    }
    int lineOfPointer(const MD_CHAR* p) const
    {
        const qsizetype offset = p - m_source.constData();
        if (offset < 0 || offset > m_source.size())
            return 0;
        return lineOf(offset);
    }

    // Index of the innermost checklist item we are inside, or -1.
    int enclosingTask() const;
    int currentHeadingNode() const { return m_headings.isEmpty() ? -1 : m_headings.last().second; }
    // Where notes go now: the innermost task, else the current heading (-1: preamble).
    int noteOwner() const;

    void addNode(ParsedPlan::Node node);
    void finishHeading();
    void finishTaskTitle(Container& li);
    void finishCode();

    const QByteArray& m_source;
    ParsedPlan* m_plan;
    QVector<int> m_lineStarts;
    QVector<Container> m_containers;         // open blocks, outermost first
    QVector<std::pair<int, int>> m_headings; // (level, node index)
    MarkdownNotesWriter m_notes;

    // Heading being read
    bool m_inHeading = false;
    int m_headingLevel = 0;
    int m_headingLine = 0;
    bool m_headingAsNote = false;
    // Inline text being collected for a heading or a task title
    bool m_collectingTitle = false;
    QString m_titlePlain;
    QString m_titleMd;

    QString m_codeLines; // text of the current code block, to scan for skill bars
};

int Builder::enclosingTask() const
{
    for (auto it = m_containers.crbegin(); it != m_containers.crend(); ++it) {
        if (it->type == MD_BLOCK_LI && it->node >= 0)
            return it->node;
    }
    return -1;
}

int Builder::noteOwner() const
{
    const int task = enclosingTask();
    return task >= 0 ? task : currentHeadingNode();
}

void Builder::addNode(ParsedPlan::Node node)
{
    QStringList path;
    for (int p = node.parent; p >= 0; p = m_plan->nodes[p].parent)
        path.prepend(m_plan->nodes[p].title);
    path.append(node.title);
    node.path = path.join(QStringLiteral(" › "));
    m_plan->nodes.append(std::move(node));
}

void Builder::finishHeading()
{
    m_collectingTitle = false;
    while (!m_headings.isEmpty() && m_headings.last().first >= m_headingLevel)
        m_headings.removeLast();
    ParsedPlan::Node node;
    node.parent = m_headings.isEmpty() ? -1 : m_headings.last().second;
    node.headingLevel = m_headingLevel;
    node.title = m_titlePlain.simplified();
    node.titleMarkdown = m_titleMd.trimmed();
    // "Deliverable:" and friends read better without the trailing colon.
    while (node.title.endsWith(u':'))
        node.title.chop(1);
    node.kind = PlanConventions::classifyHeading(node.title, m_headingLevel).kind;
    node.line = m_headingLine;
    if (m_plan->title.isEmpty() && m_headingLevel == 1)
        m_plan->title = node.title;
    addNode(std::move(node));
    m_headings.append({m_headingLevel, int(m_plan->nodes.size()) - 1});
    m_notes.restartAt(int(m_plan->nodes.size()) - 1);
}

void Builder::finishTaskTitle(Container& li)
{
    if (li.titleDone)
        return;
    li.titleDone = true;
    m_collectingTitle = false;
    ParsedPlan::Node& node = m_plan->nodes[li.node];
    // The status comment the writer puts after an item is not part of its title.
    static const QRegularExpression statusComment(
        QStringLiteral("\\s*<!--\\s*status:\\s*([a-z]+)\\s*-->\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch status = statusComment.match(m_titleMd);
    if (status.hasMatch()) {
        const RoadmapNode::Status s = RoadmapNode::statusFromKey(status.captured(1).toLower());
        if (RoadmapNode::statusKey(s) == status.captured(1).toLower()) {
            node.status = s;
            node.checked = node.checked || s == RoadmapNode::Status::Done;
            m_titleMd.chop(status.capturedLength());
            m_titlePlain.remove(statusComment);
        }
    }
    if (node.checked)
        node.status = RoadmapNode::Status::Done;
    node.title = m_titlePlain.simplified();
    node.titleMarkdown = m_titleMd.trimmed();
    QStringList path;
    for (int p = node.parent; p >= 0; p = m_plan->nodes[p].parent)
        path.prepend(m_plan->nodes[p].title);
    path.append(node.title);
    node.path = path.join(QStringLiteral(" › "));
    if (const auto target = PlanConventions::topicTarget(node.title))
        m_plan->topicTargets.append({li.node, target->first, target->second});
    if (const auto goal = PlanConventions::dailyApplicationGoal(node.title);
        goal && m_plan->dailyGoalMax == 0) {
        m_plan->dailyGoalMin = goal->first;
        m_plan->dailyGoalMax = goal->second;
    }
}

int Builder::enterBlock(MD_BLOCKTYPE type, void* detail)
{
    // Any block opening inside a task item ends the item's title.
    if (m_collectingTitle && type != MD_BLOCK_P && !m_inHeading) {
        for (auto it = m_containers.rbegin(); it != m_containers.rend(); ++it) {
            if (it->type == MD_BLOCK_LI && it->node >= 0) {
                finishTaskTitle(*it);
                break;
            }
        }
    }

    Container c;
    c.type = type;
    switch (type) {
    case MD_BLOCK_DOC:
        return 0;
    case MD_BLOCK_H: {
        const auto* h = static_cast<MD_BLOCK_H_DETAIL*>(detail);
        m_inHeading = true;
        m_headingLevel = int(h->level);
        m_headingLine = 0;
        // Headings inside lists or quotes are part of that block's notes.
        m_headingAsNote = !m_containers.isEmpty();
        if (m_headingAsNote) {
            m_notes.startLeaf(noteOwner());
            m_notes.append(QString(m_headingLevel, u'#') + u' ');
        } else {
            m_collectingTitle = true;
            m_titlePlain.clear();
            m_titleMd.clear();
        }
        break;
    }
    case MD_BLOCK_UL: {
        const auto* d = static_cast<MD_BLOCK_UL_DETAIL*>(detail);
        c.tight = d->is_tight != 0;
        c.bullet = d->mark;
        break;
    }
    case MD_BLOCK_OL: {
        const auto* d = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
        c.ordered = true;
        c.tight = d->is_tight != 0;
        c.next = d->start;
        c.delimiter = d->mark_delimiter;
        break;
    }
    case MD_BLOCK_LI: {
        const auto* d = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        Container& list = m_containers.last();
        ++list.itemCount;
        c.marker = list.ordered
                       ? QStringLiteral("%1%2 ").arg(list.next++).arg(QLatin1Char(list.delimiter))
                       : QStringLiteral("* ");
        c.isTask = d->is_task != 0;
        if (c.isTask) {
            // A task belongs to the task it is nested in, or else to the
            // nearest heading above, even when a plain bullet stands between.
            ParsedPlan::Node node;
            const int task = enclosingTask();
            node.parent = task >= 0 ? task : currentHeadingNode();
            node.kind = RoadmapNode::Kind::Item;
            node.checked = d->task_mark == 'x' || d->task_mark == 'X';
            node.line = lineOf(qsizetype(d->task_mark_offset));
            addNode(std::move(node));
            c.node = int(m_plan->nodes.size()) - 1;
            m_collectingTitle = true;
            m_titlePlain.clear();
            m_titleMd.clear();
        }
        break;
    }
    case MD_BLOCK_QUOTE:
        break;
    case MD_BLOCK_HR:
        m_notes.startLeaf(noteOwner());
        m_notes.append(QStringLiteral("* * *"));
        break;
    case MD_BLOCK_CODE: {
        const auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        m_codeLines.clear();
        m_notes.openCode(noteOwner(), QString::fromUtf8(d->info.text, qsizetype(d->info.size)));
        break;
    }
    case MD_BLOCK_HTML:
        m_notes.startLeaf(noteOwner());
        break;
    case MD_BLOCK_P: {
        // The first paragraph of a loose task item is its title.
        if (!m_containers.isEmpty() && m_containers.last().type == MD_BLOCK_LI &&
            m_containers.last().node >= 0 && !m_containers.last().titleDone) {
            m_collectingTitle = true;
        } else {
            m_notes.startLeaf(noteOwner());
        }
        break;
    }
    case MD_BLOCK_TABLE: {
        const auto* d = static_cast<MD_BLOCK_TABLE_DETAIL*>(detail);
        m_notes.openTable(noteOwner(), int(d->col_count));
        break;
    }
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
        break;
    case MD_BLOCK_TR:
        m_notes.openRow();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        const auto* d = static_cast<MD_BLOCK_TD_DETAIL*>(detail);
        m_notes.openCell(type == MD_BLOCK_TH, d->align);
        break;
    }
    }
    m_containers.append(c);
    return 0;
}

int Builder::leaveBlock(MD_BLOCKTYPE type, void* detail)
{
    Q_UNUSED(detail);
    if (type == MD_BLOCK_DOC)
        return 0;
    Container c = m_containers.takeLast();
    switch (type) {
    case MD_BLOCK_H:
        m_inHeading = false;
        if (!m_headingAsNote)
            finishHeading();
        break;
    case MD_BLOCK_LI:
        if (c.node >= 0)
            finishTaskTitle(c);
        break;
    case MD_BLOCK_P:
        if (m_collectingTitle && !m_containers.isEmpty() && m_containers.last().node >= 0)
            finishTaskTitle(m_containers.last());
        break;
    case MD_BLOCK_CODE: {
        m_notes.closeCode();
        // A block of skill bars under a milestone heading sets that milestone's targets.
        const int heading = currentHeadingNode();
        ParsedPlan::Milestone milestone;
        for (const QString& line : m_codeLines.split(u'\n')) {
            if (const auto bar = PlanConventions::skillBar(line))
                milestone.targets.append({bar->skill, bar->level, bar->cells, bar->label});
        }
        if (!milestone.targets.isEmpty() && heading >= 0 &&
            PlanConventions::milestone(m_plan->nodes[heading].title)) {
            milestone.node = heading;
            milestone.name = m_plan->nodes[heading].title;
            m_plan->milestones.append(milestone);
        }
        break;
    }
    case MD_BLOCK_HTML:
        m_notes.closeHtml();
        break;
    case MD_BLOCK_THEAD:
        m_notes.closeHead();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_notes.closeCell();
        break;
    default:
        break;
    }
    return 0;
}

int Builder::enterSpan(MD_SPANTYPE type, void* detail)
{
    const QString open = m_notes.openSpan(type, detail);
    if (m_collectingTitle) {
        m_titleMd += open;
    } else {
        m_notes.ensureInlineLeaf(noteOwner());
        m_notes.append(open);
    }
    return 0;
}

int Builder::leaveSpan(MD_SPANTYPE type, void* detail)
{
    Q_UNUSED(detail);
    const QString close = m_notes.closeSpan(type);
    if (m_collectingTitle)
        m_titleMd += close;
    else
        m_notes.append(close);
    return 0;
}

int Builder::text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size)
{
    const QString s = fromMd(text, size);
    if (m_inHeading && m_headingLine == 0)
        m_headingLine = lineOfPointer(text);

    if (m_collectingTitle) {
        switch (type) {
        case MD_TEXT_NULLCHAR:
            m_titlePlain += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            m_titlePlain += u' ';
            m_titleMd += u' ';
            break;
        case MD_TEXT_ENTITY:
            m_titlePlain += HtmlEntities::decode(s);
            m_titleMd += s;
            break;
        case MD_TEXT_CODE:
        case MD_TEXT_HTML:
        case MD_TEXT_LATEXMATH:
            m_titlePlain += s;
            m_titleMd += s;
            break;
        default:
            m_titlePlain += s;
            m_titleMd += MarkdownNotesWriter::escape(s, false);
            break;
        }
        return 0;
    }

    m_notes.ensureInlineLeaf(noteOwner());
    if (type == MD_TEXT_CODE && m_notes.inCode())
        m_codeLines += s;
    m_notes.text(type, s);
    return 0;
}

} // namespace

bool RoadmapMarkdownReader::parse(const QByteArray& utf8, const QString& fileName, ParsedPlan* plan,
                                  QString* error)
{
    *plan = ParsedPlan();
    const QString name = fileName.isEmpty() ? QStringLiteral("<input>") : fileName;
    QByteArray source = utf8;
    if (source.startsWith("\xEF\xBB\xBF"))
        source.remove(0, 3);

    const qsizetype nul = source.indexOf('\0');
    if (nul >= 0) {
        const int line = int(source.left(nul).count('\n')) + 1;
        *error = QCoreApplication::translate("RoadmapMarkdownReader",
                                             "%1:%2: this is a binary file, not Markdown text")
                     .arg(name)
                     .arg(line);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(source);
    if (decoder.hasError()) {
        // Find the first bad line for the message.
        int line = 1;
        qsizetype start = 0;
        while (start < source.size()) {
            qsizetype end = source.indexOf('\n', start);
            if (end < 0)
                end = source.size();
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decodedLine = lineDecoder.decode(source.mid(start, end - start));
            Q_UNUSED(decodedLine);
            if (lineDecoder.hasError())
                break;
            ++line;
            start = end + 1;
        }
        *error = QCoreApplication::translate(
                     "RoadmapMarkdownReader",
                     "%1:%2: the file is not valid UTF-8 text; save it as UTF-8 and try again")
                     .arg(name)
                     .arg(line);
        return false;
    }

    Builder builder(source, plan);
    MD_PARSER parser = {};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) {
        return static_cast<Builder*>(u)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* u) {
        return static_cast<Builder*>(u)->leaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
        return static_cast<Builder*>(u)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void* d, void* u) {
        return static_cast<Builder*>(u)->leaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
        return static_cast<Builder*>(u)->text(t, s, n);
    };
    if (md_parse(source.constData(), MD_SIZE(source.size()), &parser, &builder) != 0) {
        *error = QCoreApplication::translate("RoadmapMarkdownReader",
                                             "%1: the Markdown parser gave up on this file")
                     .arg(name);
        return false;
    }
    builder.finish();

    plan->planStart = PlanConventions::planStart(decoded);
    if (plan->itemCount() == 0)
        plan->warnings.append(
            QCoreApplication::translate("RoadmapMarkdownReader",
                                        "%1 has no checklist items (\"- [ ] …\"); its text is kept "
                                        "as notes")
                .arg(name));
    if (plan->nodes.isEmpty() && plan->preamble.isEmpty())
        plan->warnings.append(
            QCoreApplication::translate("RoadmapMarkdownReader", "%1 is empty").arg(name));
    return true;
}

bool RoadmapMarkdownReader::readFile(const QString& path, ParsedPlan* plan, QString* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error =
            QCoreApplication::translate("RoadmapMarkdownReader", "%1: is a directory").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileSize) {
        *error = QCoreApplication::translate("RoadmapMarkdownReader",
                                             "%1: the file is larger than %2 MB; split it")
                     .arg(path)
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    if (!parse(file.readAll(), path, plan, error))
        return false;
    PlanCalendar::apply(plan);
    return true;
}
