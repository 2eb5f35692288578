#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// An RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks
// inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark. Cells are data:
// nothing is evaluated, so "=1+2" stays the text "=1+2".
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line the record starts on
        QStringList fields;
    };

    // False (with the line) when a quoted field is never closed. Blank lines are skipped.
    static bool parse(const QByteArray& bytes, QVector<Record>* records, QString* error,
                      int* errorLine = nullptr);
};
