#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

// One node of the plan tree as stored in roadmap_node.
struct RoadmapNode
{
    enum class Kind
    {
        Phase,
        Month,
        Year,
        Week,
        Section,
        Deliverable,
        Item
    };
    enum class Status
    {
        Todo,
        Doing,
        Done,
        Skipped
    };

    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level node
    int position = 0;
    Kind kind = Kind::Section;
    QString title;         // plain text, for display and search
    QString titleMarkdown; // as written, inline Markdown kept
    QString notes;         // Markdown source
    Status status = Status::Todo;
    QDate startDate;
    QDate dueDate;
    QString sourcePath; // heading path used to match items on re-import
    int sourceLine = 0;
    bool removed = false; // marked by a re-import that no longer found it

    bool isItem() const { return kind == Kind::Item; }

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key);
    static QString statusKey(Status status);
    static Status statusFromKey(const QString& key);
    // SQL that turns a stored kind or status key (in `column`) into the
    // enum's number, with the same fallback as kindFromKey/statusFromKey: a
    // bulk read then carries a small integer instead of a text per row.
    static QString kindCodeSql(const QString& column);
    static QString statusCodeSql(const QString& column);
};

Q_DECLARE_METATYPE(RoadmapNode::Status)
