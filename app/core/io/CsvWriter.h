#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV (UTF-8 with a byte order mark so spreadsheets detect
// it, CRLF line ends). Cells that a spreadsheet would run as a formula
// (starting with =, +, -, @, or a tab/CR) are prefixed with an apostrophe:
// an exported job description must never execute in the user's spreadsheet.
class CsvWriter
{
public:
    static QString escapeFormula(const QString& cell);
    static QString quote(const QString& cell);
    static QByteArray row(const QStringList& cells);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};
