#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// Writes an iCalendar file as RFC 5545 asks: CRLF line ends, content lines
// folded at 75 octets (never inside a UTF-8 character), TEXT values with
// backslash, semicolon, comma and newlines escaped and other control
// characters dropped, instants in UTC.
class IcsWriter
{
public:
    explicit IcsWriter(const QString& productId);

    // One VEVENT. `uid` must stay the same for the same thing across exports,
    // so a calendar that imports the file again updates instead of duplicating.
    void beginEvent(const QString& uid, const QDateTime& stamp);
    void endEvent();
    // An all-day event from `first` to `last` (inclusive).
    void allDay(const QDate& first, const QDate& last);
    // A timed event: start and end written in UTC.
    void timed(const QDateTime& start, const QDateTime& end);
    void text(const QString& name, const QString& value);

    // The whole calendar, ending with END:VCALENDAR.
    QByteArray finish();

    static QString escapeText(const QString& text);
    static QByteArray fold(const QByteArray& line);
    static QString utc(const QDateTime& instant);

private:
    void line(const QString& content);

    QByteArray m_out;
};
