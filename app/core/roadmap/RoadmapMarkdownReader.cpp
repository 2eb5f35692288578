#include "RoadmapMarkdownReader.h"

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

QString attribute(const MD_ATTRIBUTE& a)
{
    return a.text ? fromMd(a.text, a.size) : QString();
}

// Decodes the HTML entities md4c reports separately, for plain-text titles.
QString decodeEntity(const QString& entity)
{
    if (entity.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const QStringView digits = QStringView(entity).mid(2, entity.size() - 3);
        const uint code = digits.startsWith(u'x') || digits.startsWith(u'X')
                              ? digits.mid(1).toUInt(&ok, 16)
                              : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        return QString(QChar::ReplacementCharacter);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        {QStringLiteral("&ndash;"), QString(QChar(0x2013))},
        {QStringLiteral("&hellip;"), QString(QChar(0x2026))},
        {QStringLiteral("&rarr;"), QString(QChar(0x2192))},
        {QStringLiteral("&copy;"), QString(QChar(0xA9))},
    };
    return named.value(entity, entity);
}

// Backslash-escapes what would otherwise change meaning when the text is written
// back as Markdown. Underscores inside words are left alone, as CommonMark does.
QString escapeMarkdown(const QString& text, bool inTable)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool escape = false;
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '`':
        case '[':
        case ']':
        case '<':
        case '~':
            escape = true;
            break;
        case '|':
            escape = inTable;
            break;
        case '_': {
            const bool before = i > 0 && text.at(i - 1).isLetterOrNumber();
            const bool after = i + 1 < text.size() && text.at(i + 1).isLetterOrNumber();
            escape = !(before && after);
            break;
        }
        default:
            break;
        }
        if (escape)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

struct Container
{
    MD_BLOCKTYPE type = MD_BLOCK_DOC;
    // Lists
    bool ordered = false;
    bool tight = true;
    char bullet = '-';
    char delimiter = '.';
    unsigned next = 1;
    // List items
    bool isTask = false;
    int node = -1; // the checklist item this LI created
    QString marker;
    bool markerUsed = false;
    bool titleDone = false;
    int leafCount = 0;
    int itemCount = 0;
    bool inlineStarted = false;
};

class Builder
{
public:
    Builder(const QByteArray& source, ParsedPlan* plan)
        : m_source(source)
        , m_plan(plan)
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
    void finish();

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
    QString& notesOf(int node) { return node >= 0 ? m_plan->nodes[node].notes : m_plan->preamble; }
    // Index in m_containers after which note prefixes start counting.
    int noteBase() const;

    void startLeaf();
    void ensureInlineLeaf();
    void newLine();
    QString prefix(bool firstLineOfLeaf);
    void appendNote(const QString& s);
    void addNode(ParsedPlan::Node node);
    void finishHeading();
    void finishTaskTitle(Container& li);

    const QByteArray& m_source;
    ParsedPlan* m_plan;
    QVector<int> m_lineStarts;
    QVector<Container> m_containers;         // open blocks, outermost first
    QVector<std::pair<int, int>> m_headings; // (level, node index)

    // Heading being read
    bool m_inHeading = false;
    int m_headingLevel = 0;
    int m_headingLine = 0;
    bool m_headingAsNote = false;
    // Inline text being collected for a heading or a task title
    bool m_collectingTitle = false;
    QString m_titlePlain;
    QString m_titleMd;
    QVector<QString> m_linkEnds;

    // Notes output
    int m_owner = -2;
    bool m_lineOpen = false;
    bool m_inCode = false;
    bool m_inTableCell = false;
    int m_tableColumns = 0;
    int m_tableRows = 0;
    QVector<MD_ALIGN> m_alignments;
    QString m_codeFence;
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

int Builder::noteBase() const
{
    for (int i = int(m_containers.size()) - 1; i >= 0; --i) {
        if (m_containers[i].type == MD_BLOCK_LI && m_containers[i].node >= 0)
            return i + 1;
    }
    return 0;
}

QString Builder::prefix(bool firstLineOfLeaf)
{
    QString p;
    for (int i = noteBase(); i < m_containers.size(); ++i) {
        Container& c = m_containers[i];
        if (c.type == MD_BLOCK_QUOTE) {
            p += QLatin1String("> ");
        } else if (c.type == MD_BLOCK_LI) {
            if (firstLineOfLeaf && !c.markerUsed) {
                p += c.marker;
                c.markerUsed = true;
            } else {
                p += QString(c.marker.size(), u' ');
            }
        }
    }
    return p;
}

void Builder::appendNote(const QString& s)
{
    notesOf(m_owner).append(s);
}

void Builder::newLine()
{
    if (m_lineOpen)
        appendNote(QStringLiteral("\n"));
    m_lineOpen = true;
    appendNote(prefix(false));
}

void Builder::startLeaf()
{
    const int owner = noteOwner();
    if (owner != m_owner && m_lineOpen)
        appendNote(QStringLiteral("\n"));
    if (owner != m_owner)
        m_lineOpen = false;
    m_owner = owner;
    QString& notes = notesOf(m_owner);

    // Blank line between blocks, except between and inside the items of a tight list.
    bool blank = !notes.isEmpty();
    const int base = noteBase();
    int innermostLi = -1;
    for (int i = base; i < m_containers.size(); ++i) {
        if (m_containers[i].type == MD_BLOCK_LI)
            innermostLi = i;
    }
    if (innermostLi >= 0) {
        const Container& li = m_containers[innermostLi];
        const Container& list = m_containers[innermostLi - 1];
        if (list.tight) {
            // Only a list that follows other text needs a blank line before it.
            const bool firstItem = list.itemCount == 1 && li.leafCount == 0;
            const bool nestedInItem =
                innermostLi - 2 >= base && m_containers[innermostLi - 2].type == MD_BLOCK_LI;
            blank = blank && firstItem && !nestedInItem;
        }
        for (int i = base; i < m_containers.size(); ++i) {
            if (m_containers[i].type == MD_BLOCK_LI)
                ++m_containers[i].leafCount;
        }
    }
    if (m_lineOpen)
        notes.append(u'\n');
    if (blank) {
        QString quotes;
        for (int i = noteBase(); i < m_containers.size(); ++i) {
            if (m_containers[i].type == MD_BLOCK_QUOTE)
                quotes += u'>';
        }
        notes.append(quotes + u'\n');
    }
    m_lineOpen = true;
    notes.append(prefix(true));
}

void Builder::ensureInlineLeaf()
{
    // Text of a tight list item comes without a paragraph around it.
    if (m_containers.isEmpty() || m_containers.last().type != MD_BLOCK_LI ||
        m_containers.last().inlineStarted)
        return;
    m_containers.last().inlineStarted = true;
    startLeaf();
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
    m_owner = int(m_plan->nodes.size()) - 1;
    m_lineOpen = false;
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
            startLeaf();
            appendNote(QString(m_headingLevel, u'#') + u' ');
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
        startLeaf();
        appendNote(QStringLiteral("* * *"));
        break;
    case MD_BLOCK_CODE: {
        const auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        startLeaf();
        m_inCode = true;
        m_codeLines.clear();
        m_codeFence = QStringLiteral("```");
        appendNote(m_codeFence + attribute(d->info));
        newLine();
        break;
    }
    case MD_BLOCK_HTML:
        startLeaf();
        break;
    case MD_BLOCK_P: {
        // The first paragraph of a loose task item is its title.
        if (!m_containers.isEmpty() && m_containers.last().type == MD_BLOCK_LI &&
            m_containers.last().node >= 0 && !m_containers.last().titleDone) {
            m_collectingTitle = true;
        } else {
            startLeaf();
        }
        break;
    }
    case MD_BLOCK_TABLE: {
        const auto* d = static_cast<MD_BLOCK_TABLE_DETAIL*>(detail);
        m_tableColumns = int(d->col_count);
        m_alignments.clear();
        m_tableRows = 0;
        startLeaf();
        m_lineOpen = true;
        break;
    }
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
        break;
    case MD_BLOCK_TR:
        if (m_tableRows++ > 0)
            newLine();
        appendNote(QStringLiteral("|"));
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        const auto* d = static_cast<MD_BLOCK_TD_DETAIL*>(detail);
        if (type == MD_BLOCK_TH)
            m_alignments.append(d->align);
        m_inTableCell = true;
        appendNote(QStringLiteral(" "));
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
        m_inCode = false;
        QString& notes = notesOf(m_owner);
        // Strip the empty line a trailing newline opened, then close the fence.
        const QString emptyLine = prefix(false);
        if (notes.endsWith(u'\n' + emptyLine))
            notes.chop(emptyLine.size() + 1);
        newLine();
        appendNote(m_codeFence);
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
    case MD_BLOCK_HTML: {
        QString& notes = notesOf(m_owner);
        const QString emptyLine = prefix(false);
        if (notes.endsWith(u'\n' + emptyLine))
            notes.chop(emptyLine.size() + 1);
        break;
    }
    case MD_BLOCK_THEAD: {
        ++m_tableRows;
        newLine();
        appendNote(QStringLiteral("|"));
        for (int i = 0; i < m_tableColumns; ++i) {
            const MD_ALIGN a = i < m_alignments.size() ? m_alignments[i] : MD_ALIGN_DEFAULT;
            appendNote(a == MD_ALIGN_LEFT     ? QStringLiteral(" :--- |")
                       : a == MD_ALIGN_CENTER ? QStringLiteral(" :---: |")
                       : a == MD_ALIGN_RIGHT  ? QStringLiteral(" ---: |")
                                              : QStringLiteral(" --- |"));
        }
        break;
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_inTableCell = false;
        appendNote(QStringLiteral(" |"));
        break;
    default:
        break;
    }
    return 0;
}

int Builder::enterSpan(MD_SPANTYPE type, void* detail)
{
    QString open;
    QString close;
    switch (type) {
    case MD_SPAN_EM:
        open = close = QStringLiteral("*");
        break;
    case MD_SPAN_STRONG:
        open = close = QStringLiteral("**");
        break;
    case MD_SPAN_CODE:
        open = QStringLiteral("`");
        break;
    case MD_SPAN_DEL:
        open = QStringLiteral("~~");
        break;
    case MD_SPAN_U:
        open = QStringLiteral("_");
        break;
    case MD_SPAN_A: {
        const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        const QString title = attribute(a->title);
        open = QStringLiteral("[");
        QString end = QStringLiteral("](") + attribute(a->href);
        if (!title.isEmpty())
            end += QStringLiteral(" \"") + title + u'"';
        m_linkEnds.append(end + u')');
        break;
    }
    case MD_SPAN_IMG: {
        const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        open = QStringLiteral("![");
        m_linkEnds.append(QStringLiteral("](") + attribute(img->src) + u')');
        break;
    }
    default:
        break;
    }
    if (m_collectingTitle) {
        m_titleMd += open;
    } else {
        ensureInlineLeaf();
        appendNote(open);
    }
    return 0;
}

int Builder::leaveSpan(MD_SPANTYPE type, void* detail)
{
    Q_UNUSED(detail);
    QString close;
    switch (type) {
    case MD_SPAN_EM:
        close = QStringLiteral("*");
        break;
    case MD_SPAN_STRONG:
        close = QStringLiteral("**");
        break;
    case MD_SPAN_CODE:
        close = QStringLiteral("`");
        break;
    case MD_SPAN_DEL:
        close = QStringLiteral("~~");
        break;
    case MD_SPAN_U:
        close = QStringLiteral("_");
        break;
    case MD_SPAN_A:
    case MD_SPAN_IMG:
        if (!m_linkEnds.isEmpty())
            close = m_linkEnds.takeLast();
        break;
    default:
        break;
    }
    if (m_collectingTitle)
        m_titleMd += close;
    else
        appendNote(close);
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
            m_titlePlain += decodeEntity(s);
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
            m_titleMd += escapeMarkdown(s, false);
            break;
        }
        return 0;
    }

    ensureInlineLeaf();
    switch (type) {
    case MD_TEXT_SOFTBR:
        newLine();
        break;
    case MD_TEXT_BR:
        appendNote(QStringLiteral("\\"));
        newLine();
        break;
    case MD_TEXT_NULLCHAR:
        appendNote(QString(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_CODE:
        if (m_inCode) {
            m_codeLines += s;
            // Code text arrives line by line, with the newline as its own piece.
            if (s == QLatin1String("\n"))
                newLine();
            else
                appendNote(s);
        } else {
            appendNote(s);
        }
        break;
    case MD_TEXT_HTML: {
        const QStringList lines = s.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                newLine();
            appendNote(lines[i]);
        }
        break;
    }
    case MD_TEXT_ENTITY:
        appendNote(s);
        break;
    default:
        appendNote(escapeMarkdown(s, m_inTableCell));
        break;
    }
    return 0;
}

void Builder::finish()
{
    auto trim = [](QString& s) {
        while (s.endsWith(u'\n') || s.endsWith(u' '))
            s.chop(1);
        while (s.startsWith(u'\n'))
            s.remove(0, 1);
    };
    trim(m_plan->preamble);
    for (ParsedPlan::Node& node : m_plan->nodes)
        trim(node.notes);
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
    applyCalendar(plan);
    return true;
}

void RoadmapMarkdownReader::applyCalendar(ParsedPlan* plan, QDate start)
{
    if (!start.isValid())
        start = plan->planStart.isValid() ? plan->planStart : QDate(2026, 1, 1);
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
