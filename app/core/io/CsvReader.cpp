#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

const CsvReader::Error* CsvReader::Result::errorOn(int line) const
{
    for (const Error& e : errors) {
        if (e.line == line)
            return &e;
    }
    return nullptr;
}

QString CsvReader::decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError()) // spreadsheets on Windows still save "ANSI"
        text = QString::fromLatin1(data);
    return text;
}

CsvReader::Result CsvReader::parse(const QByteArray& bytes, QChar delimiter)
{
    const QString text = decode(bytes);
    Result result;
    Row row;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool rowHasContent = false;
    // Errors name the line where the record starts, as the importers report rows.
    const auto error = [&](const char* message) {
        if (!result.errorOn(row.line))
            result.errors.append({row.line, int(row.fields.size()) + 1,
                                  QCoreApplication::translate("CsvReader", message)});
    };
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (rowHasContent)
            result.rows.append(row);
        row = Row();
        rowHasContent = false;
    };
    row.line = 1;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            rowHasContent = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRow();
            ++line;
            row.line = line;
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
            rowHasContent = true;
        } else {
            if (wasQuoted) {
                // "abc"def: RFC 4180 allows nothing between a closing quote and the delimiter.
                error(QT_TRANSLATE_NOOP("CsvReader", "text after a closing quote"));
                wasQuoted = false;
            }
            field.append(c);
            rowHasContent = true;
        }
    }
    if (inQuotes)
        error(QT_TRANSLATE_NOOP("CsvReader",
                                "a quoted field is not closed before the end of the file"));
    if (rowHasContent || !field.isEmpty())
        endRow();
    return result;
}
