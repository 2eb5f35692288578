#include "DuplicateFinder.h"

#include <QRegularExpression>

namespace {
QString letters(const QString& text)
{
    QString out;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    return out.trimmed();
}
} // namespace

QString DuplicateFinder::normalizeCompany(const QString& company)
{
    static const QRegularExpression suffix(QStringLiteral(
        "(\\s+(pvt|private|ltd|limited|inc|llp|llc|corp|corporation|technologies|tech|india))+$"));
    QString n = letters(company);
    n.remove(suffix);
    return n.remove(u' ');
}

QString DuplicateFinder::normalizeRole(const QString& role)
{
    return letters(role).remove(u' ');
}

Application DuplicateFinder::findRecent(const QVector<Application>& applications,
                                        const QString& company, const QString& role,
                                        const QDate& today, int days)
{
    const QString c = normalizeCompany(company);
    const QString r = normalizeRole(role);
    Application best;
    if (c.isEmpty())
        return best;
    const QDate since = today.addDays(-days);
    for (const Application& a : applications) {
        const QDate when = a.appliedOn.isValid() ? a.appliedOn : a.stageSince;
        if (when.isValid() && (when < since || when > today))
            continue;
        if (normalizeCompany(a.company) != c || normalizeRole(a.role) != r)
            continue;
        const QDate bestWhen = best.appliedOn.isValid() ? best.appliedOn : best.stageSince;
        if (best.id == 0 || when > bestWhen)
            best = a;
    }
    return best;
}
