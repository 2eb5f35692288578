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
// Lenient where spreadsheets are sloppy (a quote inside an unquoted field is
// kept as text; a file that is not UTF-8 is read as Windows-1252/Latin-1),
// strict where data would be lost: an unterminated quote or text after a
// closing quote is an error naming the line and the field.
class CsvReader
{
public:
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
    };
    struct Result
    {
        QVector<Row> rows; // blank lines are not rows
        QVector<Error> errors;
        bool ok() const { return errors.isEmpty(); }
        // The error on a given line, if any (a malformed record is still returned
        // as a row, so an importer can report it and go on).
        const Error* errorOn(int line) const;
    };

    static Result parse(const QByteArray& bytes, QChar delimiter = u',');
    static QString decode(const QByteArray& bytes);
};
