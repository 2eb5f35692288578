#include "MarkdownNotesWriter.h"

namespace {

QString attribute(const MD_ATTRIBUTE& a)
{
    return a.text ? QString::fromUtf8(a.text, qsizetype(a.size)) : QString();
}

// What opens and closes a span that is the same on both sides ("**bold**").
QString marker(MD_SPANTYPE type)
{
    switch (type) {
    case MD_SPAN_EM:
        return QStringLiteral("*");
    case MD_SPAN_STRONG:
        return QStringLiteral("**");
    case MD_SPAN_CODE:
        return QStringLiteral("`");
    case MD_SPAN_DEL:
        return QStringLiteral("~~");
    case MD_SPAN_U:
        return QStringLiteral("_");
    default:
        return QString();
    }
}

} // namespace

QString MarkdownNotesWriter::escape(const QString& text, bool inTable)
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

int MarkdownNotesWriter::noteBase() const
{
    for (int i = int(m_containers.size()) - 1; i >= 0; --i) {
        if (m_containers[i].type == MD_BLOCK_LI && m_containers[i].node >= 0)
            return i + 1;
    }
    return 0;
}

QString MarkdownNotesWriter::prefix(bool firstLineOfLeaf)
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

void MarkdownNotesWriter::append(const QString& s)
{
    notesOf(m_owner).append(s);
}

void MarkdownNotesWriter::newLine()
{
    if (m_lineOpen)
        append(QStringLiteral("\n"));
    m_lineOpen = true;
    append(prefix(false));
}

void MarkdownNotesWriter::startLeaf(int owner)
{
    if (owner != m_owner && m_lineOpen)
        append(QStringLiteral("\n"));
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

void MarkdownNotesWriter::ensureInlineLeaf(int owner)
{
    if (m_containers.isEmpty() || m_containers.last().type != MD_BLOCK_LI ||
        m_containers.last().inlineStarted)
        return;
    m_containers.last().inlineStarted = true;
    startLeaf(owner);
}

QString MarkdownNotesWriter::openSpan(MD_SPANTYPE type, void* detail)
{
    switch (type) {
    case MD_SPAN_A: {
        const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        const QString title = attribute(a->title);
        QString end = QStringLiteral("](") + attribute(a->href);
        if (!title.isEmpty())
            end += QStringLiteral(" \"") + title + u'"';
        m_linkEnds.append(end + u')');
        return QStringLiteral("[");
    }
    case MD_SPAN_IMG: {
        const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        m_linkEnds.append(QStringLiteral("](") + attribute(img->src) + u')');
        return QStringLiteral("![");
    }
    default:
        return marker(type);
    }
}

QString MarkdownNotesWriter::closeSpan(MD_SPANTYPE type)
{
    if (type == MD_SPAN_A || type == MD_SPAN_IMG)
        return m_linkEnds.isEmpty() ? QString() : m_linkEnds.takeLast();
    return marker(type);
}

void MarkdownNotesWriter::text(MD_TEXTTYPE type, const QString& s)
{
    switch (type) {
    case MD_TEXT_SOFTBR:
        newLine();
        break;
    case MD_TEXT_BR:
        append(QStringLiteral("\\"));
        newLine();
        break;
    case MD_TEXT_NULLCHAR:
        append(QString(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_CODE:
        // Code text arrives line by line, with the newline as its own piece.
        if (m_inCode && s == QLatin1String("\n"))
            newLine();
        else
            append(s);
        break;
    case MD_TEXT_HTML: {
        const QStringList lines = s.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                newLine();
            append(lines[i]);
        }
        break;
    }
    case MD_TEXT_ENTITY:
        append(s);
        break;
    default:
        append(escape(s, m_inTableCell));
        break;
    }
}

void MarkdownNotesWriter::dropEmptyLastLine()
{
    // A trailing newline inside a block opened a line that stays empty.
    QString& notes = notesOf(m_owner);
    const QString emptyLine = prefix(false);
    if (notes.endsWith(u'\n' + emptyLine))
        notes.chop(emptyLine.size() + 1);
}

void MarkdownNotesWriter::openCode(int owner, const QString& info)
{
    startLeaf(owner);
    m_inCode = true;
    m_codeFence = QStringLiteral("```");
    append(m_codeFence + info);
    newLine();
}

void MarkdownNotesWriter::closeCode()
{
    m_inCode = false;
    dropEmptyLastLine();
    newLine();
    append(m_codeFence);
}

void MarkdownNotesWriter::closeHtml()
{
    dropEmptyLastLine();
}

void MarkdownNotesWriter::openTable(int owner, int columns)
{
    m_tableColumns = columns;
    m_alignments.clear();
    m_tableRows = 0;
    startLeaf(owner);
    m_lineOpen = true;
}

void MarkdownNotesWriter::openRow()
{
    if (m_tableRows++ > 0)
        newLine();
    append(QStringLiteral("|"));
}

void MarkdownNotesWriter::openCell(bool header, MD_ALIGN align)
{
    if (header)
        m_alignments.append(align);
    m_inTableCell = true;
    append(QStringLiteral(" "));
}

void MarkdownNotesWriter::closeCell()
{
    m_inTableCell = false;
    append(QStringLiteral(" |"));
}

void MarkdownNotesWriter::closeHead()
{
    ++m_tableRows;
    newLine();
    append(QStringLiteral("|"));
    for (int i = 0; i < m_tableColumns; ++i) {
        const MD_ALIGN a = i < m_alignments.size() ? m_alignments[i] : MD_ALIGN_DEFAULT;
        append(a == MD_ALIGN_LEFT     ? QStringLiteral(" :--- |")
               : a == MD_ALIGN_CENTER ? QStringLiteral(" :---: |")
               : a == MD_ALIGN_RIGHT  ? QStringLiteral(" ---: |")
                                      : QStringLiteral(" --- |"));
    }
}

void MarkdownNotesWriter::finish()
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
