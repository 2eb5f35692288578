#include "DateParser.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
int monthFromName(const QString& name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList full = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString n = name.toLower();
    if (n == u"sept")
        return 9;
    const int shortIndex = int(months.indexOf(n));
    if (shortIndex >= 0)
        return shortIndex + 1;
    const int fullIndex = int(full.indexOf(n));
    return fullIndex >= 0 ? fullIndex + 1 : 0;
}

int fullYear(const QString& y)
{
    const int v = y.toInt();
    if (y.size() == 4)
        return v;
    // Two-digit years: job applications are recent.
    return y.size() == 2 ? 2000 + v : 0;
}

QDate make(int y, int m, int d)
{
    if (y < 1900 || y > 2200)
        return {};
    return QDate(y, m, d); // invalid for 31/02 and month 13
}
} // namespace

QDate DateParser::parse(const QString& input, bool* partial)
{
    if (partial)
        *partial = false;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    using RE = QRegularExpression;
    static const RE iso(
        QStringLiteral(
            "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
            "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC)?)?$"),
        RE::CaseInsensitiveOption);
    static const RE numeric(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})$"));
    static const RE dayName(QStringLiteral("^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?[-\\s]+"
                                           "([a-z]{3,9})\\.?,?[-\\s]+(\\d{4}|\\d{2})$"),
                            RE::CaseInsensitiveOption);
    static const RE nameDay(
        QStringLiteral(
            "^(?:[a-z]{3,9},?\\s+)?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"),
        RE::CaseInsensitiveOption);
    static const RE isoMonth(QStringLiteral("^(\\d{4})[-/](\\d{1,2})$"));
    static const RE monthYear(QStringLiteral("^(\\d{1,2})[-/](\\d{4})$"));
    static const RE nameYear(QStringLiteral("^([a-z]{3,9})\\.?,?\\s+(\\d{4})$"),
                             RE::CaseInsensitiveOption);
    static const RE serial(QStringLiteral("^\\d{5}$"));

    QRegularExpressionMatch m;
    if ((m = iso.match(text)).hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if ((m = numeric.match(text)).hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int y = fullYear(m.captured(3));
        if (b > 12 && a <= 12)
            return make(y, a, b); // month first (US export)
        return make(y, b, a);
    }
    if ((m = dayName.match(text)).hasMatch()) {
        const int month = monthFromName(m.captured(2));
        return month ? make(fullYear(m.captured(3)), month, m.captured(1).toInt()) : QDate();
    }
    if ((m = nameDay.match(text)).hasMatch()) {
        const int month = monthFromName(m.captured(1));
        return month ? make(m.captured(3).toInt(), month, m.captured(2).toInt()) : QDate();
    }
    QDate d;
    if ((m = isoMonth.match(text)).hasMatch())
        d = make(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    else if ((m = monthYear.match(text)).hasMatch())
        d = make(m.captured(2).toInt(), m.captured(1).toInt(), 1);
    else if ((m = nameYear.match(text)).hasMatch()) {
        const int month = monthFromName(m.captured(1));
        d = month ? make(m.captured(2).toInt(), month, 1) : QDate();
    } else if (serial.match(text).hasMatch()) {
        // Excel's day numbers count from 1899-12-30; 36526 is 2000-01-01.
        const int days = text.toInt();
        if (days >= 36526 && days <= 73051)
            return QDate(1899, 12, 30).addDays(days);
        return {};
    }
    if (d.isValid() && partial)
        *partial = true;
    return d;
}

QDate DateParser::parseRelative(const QString& input, const QDate& today)
{
    const QString text = input.trimmed().toLower();
    if (text == u"today" || text == u"now")
        return today;
    if (text == u"yesterday")
        return today.addDays(-1);
    if (text == u"tomorrow")
        return today.addDays(1);
    static const QRegularExpression ago(QStringLiteral("^(\\d{1,3})\\s*(day|week)s?\\s+ago$"));
    const QRegularExpressionMatch m = ago.match(text);
    if (!m.hasMatch())
        return {};
    const int n = m.captured(1).toInt();
    return today.addDays(-(m.captured(2) == u"week" ? 7 * n : n));
}

bool DateParser::parseWithoutYear(const QString& input, int* month, int* day)
{
    const QString text = input.trimmed();
    using RE = QRegularExpression;
    static const RE dayName(QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?[-\\s]+([a-z]{3,9})\\.?$"),
                            RE::CaseInsensitiveOption);
    static const RE nameDay(QStringLiteral("^([a-z]{3,9})\\.?[-\\s]+(\\d{1,2})(?:st|nd|rd|th)?$"),
                            RE::CaseInsensitiveOption);
    static const RE numeric(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})$"));
    QRegularExpressionMatch m;
    int mo = 0;
    int d = 0;
    if ((m = dayName.match(text)).hasMatch()) {
        mo = monthFromName(m.captured(2));
        d = m.captured(1).toInt();
    } else if ((m = nameDay.match(text)).hasMatch()) {
        mo = monthFromName(m.captured(1));
        d = m.captured(2).toInt();
    } else if ((m = numeric.match(text)).hasMatch()) {
        // Day first, as written in India, unless the second part cannot be a month.
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        mo = b > 12 && a <= 12 ? a : b;
        d = b > 12 && a <= 12 ? b : a;
    }
    // 29 February exists in a leap year, so check against one.
    if (mo < 1 || mo > 12 || !QDate(2024, mo, d).isValid())
        return false;
    *month = mo;
    *day = d;
    return true;
}

QDate DateParser::nearest(int month, int day, const QDate& near)
{
    QDate best;
    for (int y = near.year() - 1; y <= near.year() + 1; ++y) {
        const QDate d(y, month, day);
        if (d.isValid() && (!best.isValid() || qAbs(d.daysTo(near)) < qAbs(best.daysTo(near))))
            best = d;
    }
    return best;
}
