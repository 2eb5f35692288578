// libFuzzer target: the iCalendar writer, round trip. Whatever text a user
// typed into a company, a role or a plan item, the file is RFC 5545 shaped
// (CRLF ends, content lines of at most 75 octets, folds never inside a UTF-8
// character) and unfolding and unescaping gives the text back, less the
// control characters TEXT may not hold.

#include "FuzzCheck.h"
#include "core/io/IcsWriter.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

// What a TEXT value may carry: line breaks become '\n', other controls go.
QString expectedText(const QString& typed)
{
    QString out;
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < typed.size() && typed.at(i + 1) == u'\n')
                ++i;
            out += u'\n';
        } else if ((c.unicode() >= 0x20 || c == u'\t') && c.unicode() != 0x7f) {
            out += c;
        }
    }
    return out;
}

// RFC 5545 3.3.11, read back independently of the writer.
QString unescape(const QString& value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\') {
            out += value.at(i);
            continue;
        }
        FUZZ_CHECK(i + 1 < value.size()); // a lone backslash would be a bad escape
        const QChar next = value.at(++i);
        FUZZ_CHECK(next == u'n' || next == u'\\' || next == u';' || next == u',');
        out += next == u'n' ? QChar(u'\n') : next;
    }
    return out;
}

bool validUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first eight bytes pick the days, the rest is what the user typed.
    qint64 days[2] = {0, 0};
    const size_t head = size < sizeof days ? size : sizeof days;
    std::memcpy(days, data, head);
    const QByteArray typedBytes(reinterpret_cast<const char*>(data) + head, qsizetype(size - head));
    const QString typed = QString::fromUtf8(typedBytes);
    const QDate first = QDate(2000, 1, 1).addDays(days[0] % 40000);
    const QDate last = first.addDays(days[1] % 400);

    IcsWriter writer(QStringLiteral("-//Roadmap Planner//fuzz//EN"));
    const QDateTime stamp(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    writer.beginEvent(QStringLiteral("fuzz@roadmap-planner"), stamp);
    writer.allDay(first, last);
    writer.text(QStringLiteral("SUMMARY"), typed);
    writer.endEvent();
    const QByteArray file = writer.finish();

    FUZZ_CHECK(file.endsWith("END:VCALENDAR\r\n"));
    // Physical lines: CRLF ends only, at most 75 octets, each one whole UTF-8.
    QList<QByteArray> physical = file.split('\n');
    FUZZ_CHECK(physical.takeLast().isEmpty());
    QList<QByteArray> logical;
    for (QByteArray line : physical) {
        FUZZ_CHECK(line.endsWith('\r'));
        line.chop(1);
        FUZZ_CHECK(!line.contains('\r'));
        FUZZ_CHECK(line.size() <= 75);
        FUZZ_CHECK(validUtf8(line));
        if (line.startsWith(' ')) {
            FUZZ_CHECK(!logical.isEmpty());
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }

    int summaries = 0;
    QDate start, end;
    for (const QByteArray& line : logical) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(QLatin1String("SUMMARY:"))) {
            ++summaries;
            FUZZ_CHECK(unescape(text.mid(8)) == expectedText(typed));
        } else if (text.startsWith(QLatin1String("DTSTART;VALUE=DATE:"))) {
            start = QDate::fromString(text.mid(19), QStringLiteral("yyyyMMdd"));
        } else if (text.startsWith(QLatin1String("DTEND;VALUE=DATE:"))) {
            end = QDate::fromString(text.mid(17), QStringLiteral("yyyyMMdd"));
        }
    }
    FUZZ_CHECK(summaries == 1);
    // DTEND is the day after the last day, so an all-day event is never empty.
    FUZZ_CHECK(start == first);
    FUZZ_CHECK(end == (last >= first ? last : first).addDays(1));
    return 0;
}
