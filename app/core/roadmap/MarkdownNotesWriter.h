#pragma once

#include "core/roadmap/ParsedPlan.h"

#include <QString>
#include <QVector>
#include <md4c.h>

// Writes what md4c reports under a heading or an item back as Markdown, into that
// node's notes. The reader decides whose notes a block belongs to; this class knows
// how Markdown nests: the quote and list prefixes of each line, the blank lines
// between blocks, emphasis and link syntax, tables and code fences.
class MarkdownNotesWriter
{
public:
    // One open md4c block. The reader's task items sit on the same stack, because
    // a task item ends the nesting its notes are written in.
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

    // Backslash-escapes what would otherwise change meaning when the text is
    // written back as Markdown. Underscores inside words are left alone, as
    // CommonMark does.
    static QString escape(const QString& text, bool inTable);

    MarkdownNotesWriter(ParsedPlan* plan, QVector<Container>& containers)
        : m_plan(plan)
        , m_containers(containers)
    {}

    // Notes go to `node` from now on (-1: the preamble), starting on a fresh line.
    void restartAt(int node)
    {
        m_owner = node;
        m_lineOpen = false;
    }
    // Starts a block (paragraph, code, rule, table…) in `owner`'s notes.
    void startLeaf(int owner);
    // Text of a tight list item comes without a paragraph around it.
    void ensureInlineLeaf(int owner);
    void newLine();
    void append(const QString& s);

    // The Markdown that opens and closes a span; links keep their target until closed.
    QString openSpan(MD_SPANTYPE type, void* detail);
    QString closeSpan(MD_SPANTYPE type);
    // Text inside a block; `type` says whether it is code, an entity, HTML…
    void text(MD_TEXTTYPE type, const QString& s);

    void openCode(int owner, const QString& info);
    void closeCode();
    bool inCode() const { return m_inCode; }
    void closeHtml();
    void openTable(int owner, int columns);
    void openRow();
    void openCell(bool header, MD_ALIGN align);
    void closeCell();
    void closeHead();

    // Trims the blank lines left at the ends of every node's notes.
    void finish();

private:
    QString& notesOf(int node) { return node >= 0 ? m_plan->nodes[node].notes : m_plan->preamble; }
    // Index in m_containers after which note prefixes start counting.
    int noteBase() const;
    QString prefix(bool firstLineOfLeaf);
    void dropEmptyLastLine();

    ParsedPlan* m_plan;
    QVector<Container>& m_containers; // open blocks, outermost first
    int m_owner = -2;
    bool m_lineOpen = false;
    bool m_inCode = false;
    bool m_inTableCell = false;
    int m_tableColumns = 0;
    int m_tableRows = 0;
    QVector<MD_ALIGN> m_alignments;
    QString m_codeFence;
    QVector<QString> m_linkEnds;
};
