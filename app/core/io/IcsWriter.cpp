#include "IcsWriter.h"

IcsWriter::IcsWriter(const QString& productId)
{
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:") + escapeText(productId));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
}

void IcsWriter::beginEvent(const QString& uid, const QDateTime& stamp)
{
    line(QStringLiteral("BEGIN:VEVENT"));
    text(QStringLiteral("UID"), uid);
    line(QStringLiteral("DTSTAMP:") + utc(stamp));
}

void IcsWriter::endEvent()
{
    line(QStringLiteral("END:VEVENT"));
}

void IcsWriter::allDay(const QDate& first, const QDate& last)
{
    // DTEND of an all-day event is the day after the last one.
    const QString format = QStringLiteral("yyyyMMdd");
    line(QStringLiteral("DTSTART;VALUE=DATE:") + first.toString(format));
    line(QStringLiteral("DTEND;VALUE=DATE:") +
         (last.isValid() && last >= first ? last : first).addDays(1).toString(format));
    line(QStringLiteral("TRANSP:TRANSPARENT"));
}

void IcsWriter::timed(const QDateTime& start, const QDateTime& end)
{
    line(QStringLiteral("DTSTART:") + utc(start));
    line(QStringLiteral("DTEND:") + utc(end));
}

void IcsWriter::text(const QString& name, const QString& value)
{
    line(name + QLatin1Char(':') + escapeText(value));
}

QByteArray IcsWriter::finish()
{
    line(QStringLiteral("END:VCALENDAR"));
    return m_out;
}

QString IcsWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += QLatin1Char('\\') + c;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            out += QStringLiteral("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
            // RFC 5545 allows no other control characters in TEXT.
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    constexpr int Limit = 75;
    QByteArray out;
    int start = 0;
    int width = Limit;
    while (line.size() - start > width) {
        int cut = start + width;
        // Back up to the start of a UTF-8 character (never a 10xxxxxx byte).
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        width = Limit - 1; // the leading space counts
    }
    return out + line.mid(start) + "\r\n";
}

QString IcsWriter::utc(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void IcsWriter::line(const QString& content)
{
    m_out += fold(content.toUtf8());
}
