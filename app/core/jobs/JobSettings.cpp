#include "JobSettings.h"

#include "core/storage/SettingsStore.h"

#include <QCoreApplication>

QString JobSettings::bandKey(const QString& companyType)
{
    return QStringLiteral("jobs.band.") + companyType;
}

QStringList JobSettings::defaultSources()
{
    return {QStringLiteral("LinkedIn"),
            QStringLiteral("Wellfound"),
            QStringLiteral("Instahyre"),
            QStringLiteral("Cutshort"),
            QCoreApplication::translate("JobSettings", "Referral"),
            QCoreApplication::translate("JobSettings", "Company site"),
            QCoreApplication::translate("JobSettings", "Other")};
}

QStringList JobSettings::sources(const SettingsStore& settings)
{
    QStringList list;
    for (const QString& line : settings.value(SourcesKey).split(u'\n')) {
        const QString s = line.simplified();
        if (!s.isEmpty() && !list.contains(s, Qt::CaseInsensitive))
            list.append(s);
    }
    return list.isEmpty() ? defaultSources() : list;
}

QString JobSettings::sourcesValue(const QStringList& sources)
{
    return sources.join(u'\n');
}

int JobSettings::followUpDays(const SettingsStore& settings)
{
    return std::max(1, settings.intValue(FollowUpDaysKey, 7));
}

int JobSettings::duplicateDays(const SettingsStore& settings)
{
    return std::max(1, settings.intValue(DuplicateDaysKey, 90));
}

SalaryBand JobSettings::band(const SettingsStore& settings, const QString& companyType)
{
    const SalaryBand fallback = SalaryBand::defaultFor(companyType);
    return SalaryBand::parse(settings.value(bandKey(companyType)), fallback);
}
