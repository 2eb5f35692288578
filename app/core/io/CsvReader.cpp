#include "CsvReader.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

bool CsvReader::Result::ok() const
{
    for (const Error& e : errors) {
        if (!e.kept)
            return false;
    }
    return true;
}

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

namespace {
// Everything the parse loop knows, so that an opening quote found never to
// close can be re-read from where it stood as a plain character.
struct State
{
    int i = 0;
    int line = 1;
    CsvReader::Row row;
    QString field;
    bool rowHasContent = false;
    qsizetype rowCount = 0;
    qsizetype errorCount = 0;
};
} // namespace

CsvReader::Result CsvReader::parse(const QByteArray& bytes, QChar delimiter, Mode mode)
{
    const QString text = decode(bytes);
    Result result;
    Row row;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool rowHasContent = false;
    State quoteStart;        // where the open quoted field began
    QSet<int> literalQuotes; // opening quotes that never closed: read as text
    // Errors name the line where the record starts, as the importers report rows.
    const auto error = [&](const char* message) {
        if (!result.errorOn(row.line))
            result.errors.append({row.line, int(row.fields.size()) + 1,
                                  QCoreApplication::translate("CsvReader", message),
                                  mode == Mode::Lenient});
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
    // Goes back to the open quote's position, to read it as a plain character.
    const auto rereadStrayQuote = [&] {
        line = quoteStart.line;
        row = quoteStart.row;
        field = quoteStart.field;
        rowHasContent = quoteStart.rowHasContent;
        result.rows.resize(quoteStart.rowCount);
        result.errors.resize(quoteStart.errorCount);
        inQuotes = false;
        wasQuoted = false;
        literalQuotes.insert(quoteStart.i);
        error(QT_TRANSLATE_NOOP("CsvReader",
                                "a quoted field is not closed; its quote is read as text"));
        return quoteStart.i;
    };
    row.line = 1;
    const int n = int(text.size());
    for (int i = 0; i <= n; ++i) {
        if (i == n) {
            if (!inQuotes)
                break;
            // The quote never closed: go back to it, read it as a plain
            // character, and go on from there, so one stray quote costs one
            // record, not the rest of the file.
            i = rereadStrayQuote();
        }
        if (!inQuotes && wasQuoted && line > quoteStart.line && i < n && text[i] != delimiter &&
            text[i] != u'\r' && text[i] != u'\n') {
            // The quote "closed" lines later, with text after it: it paired with
            // the next record's quote, so the opening one was a stray. Re-read
            // from it as a plain character.
            i = rereadStrayQuote();
        }
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
        } else if (c == u'"' && field.isEmpty() && !wasQuoted && !literalQuotes.contains(i)) {
            quoteStart = {
                i, line, row, field, rowHasContent, result.rows.size(), result.errors.size()};
            inQuotes = true;
            wasQuoted = true;
            rowHasContent = true;
        } else {
            if (wasQuoted) {
                // "abc"def: RFC 4180 allows nothing between a closing quote and the
                // delimiter; the stray text is kept after the quoted part.
                error(QT_TRANSLATE_NOOP("CsvReader", "text after a closing quote"));
                wasQuoted = false;
            }
            field.append(c);
            rowHasContent = true;
        }
    }
    if (rowHasContent || !field.isEmpty())
        endRow();
    return result;
}
