#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// An RFC 4180 reader for the CSV files people export from spreadsheets and
// trackers: quoted fields, doubled quotes, commas and line breaks inside
// quotes, CRLF/LF/CR line ends, a UTF-8 byte order mark. It is general (no
// knowledge of applications or problems) so every importer shares it.
//
// It recovers the way a forgiving spreadsheet reader does: a quote inside an
// unquoted field is text; text after a closing quote ("=HYPERLINK(""…"")"x) is
// kept after the quoted part; a quote never closed is read as a plain
// character, so the reader resynchronises at the next line instead of
// swallowing the rest of the file. Each of these is reported as an error on
// the record's line and field. In Strict mode the importers treat such a record
// as a problem row; in Lenient mode its recovered text is trusted (the error is
// marked `kept`), and the importer keeps the row with a warning. A file that is
// not UTF-8 is read as Windows-1252/Latin-1.
class CsvReader
{
public:
    enum class Mode
    {
        Strict,
        Lenient
    };
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };
    struct Error
    {
        int line = 0;
        int field = 0; // 1-based
        QString message;
        bool kept = false; // Lenient: the row's recovered text is good to import
    };
    struct Result
    {
        QVector<Row> rows; // blank lines are not rows
        QVector<Error> errors;
        // True when no record needs the user's attention (kept recoveries aside).
        bool ok() const;
        // The error on a given line, if any (a malformed record is still returned
        // as a row, so an importer can report it and go on).
        const Error* errorOn(int line) const;
    };

    static Result parse(const QByteArray& bytes, QChar delimiter = u',', Mode mode = Mode::Strict);
    static QString decode(const QByteArray& bytes);
};
