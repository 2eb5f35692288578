#pragma once

#include <QString>
#include <QStringList>

// Writes RFC 4180 rows. A cell beginning with =, +, - or @ gets a leading
// apostrophe so a spreadsheet shows it as text instead of running it as a formula.
class CsvWriter
{
public:
    static QString cell(const QString& value);
    static QString row(const QStringList& values); // ends with CRLF, as RFC 4180 says
};
