#include "CsvReader.h"

#include <QCoreApplication>

bool CsvReader::parse(const QByteArray& bytes, QVector<Record>* records, QString* error,
                      int* errorLine)
{
    records->clear();
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    Record record;
    record.line = 1;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int quoteLine = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields[0].isEmpty();
        if (!blank)
            records->append(record);
        record = Record();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                // CRLF inside a quoted field is one line break.
                if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                    continue;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("CsvReader",
                                                 "a quoted field opened on line %1 is never closed")
                         .arg(quoteLine);
        if (errorLine)
            *errorLine = quoteLine;
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return true;
}
