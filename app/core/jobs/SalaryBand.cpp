#include "SalaryBand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

SalaryBand::Verdict SalaryBand::verdict(double lpa) const
{
    if (!isValid() || lpa <= 0)
        return Unknown;
    if (lpa < low)
        return Below;
    return lpa > high ? Above : Within;
}

QString SalaryBand::text() const
{
    if (!isValid())
        return QString();
    const QLocale locale;
    return QCoreApplication::translate("SalaryBand", "%1–%2 LPA")
        .arg(locale.toString(low, 'g', 4), locale.toString(high, 'g', 4));
}

QString SalaryBand::settingValue() const
{
    return QString::number(low, 'g', 6) + u'-' + QString::number(high, 'g', 6);
}

SalaryBand SalaryBand::defaultFor(const QString& companyType)
{
    if (companyType == u"service")
        return {4, 7};
    if (companyType == u"startup")
        return {6, 12};
    if (companyType == u"product")
        return {8, 18};
    return {};
}

SalaryBand SalaryBand::parse(const QString& text, const SalaryBand& fallback)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:lpa)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return fallback;
    const SalaryBand band{m.captured(1).toDouble(), m.captured(2).toDouble()};
    return band.isValid() ? band : fallback;
}
