#pragma once

#include <QDate>
#include <QString>

// Reads the dates people and trackers write, in English month names whatever
// the locale: 2026-03-05, 2026/03/05, 2026-03-05T10:20:00Z, 05/03/2026,
// 05-03-2026, 05.03.26, 5 Mar 2026, 5th March 2026, 05-Mar-26, Mar 5, 2026,
// Tue, 5 Mar 2026, and partial dates (2026-03, 03/2026, March 2026) as the
// first of the month. Numeric day/month order: a part above 12 decides;
// otherwise day first, as written in India. Excel serial day numbers are read
// too. Anything else — 31/02/2026, 2026-13-01, "soon" — is invalid.
class DateParser
{
public:
    static QDate parse(const QString& text, bool* partial = nullptr);
    // "today", "yesterday", "tomorrow", "3 days ago", "2 weeks ago"; invalid otherwise.
    static QDate parseRelative(const QString& text, const QDate& today);
    // A date written without its year ("8-Jul", "Jul 8", "8th July", "08/07"):
    // true with the month and day; the caller finds the year.
    static bool parseWithoutYear(const QString& text, int* month, int* day);
    // The year that puts month/day closest to `near` (a neighbouring row's date).
    static QDate nearest(int month, int day, const QDate& near);
};
