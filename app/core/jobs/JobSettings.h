#pragma once

#include "core/jobs/SalaryBand.h"

#include <QString>
#include <QStringList>

class SettingsStore;

// The Applications tab's plan-level settings, with their defaults, kept in the
// `setting` table so they travel with the file.
class JobSettings
{
public:
    static inline const QString SourcesKey = QStringLiteral("jobs.sources");
    static inline const QString FollowUpDaysKey = QStringLiteral("jobs.follow_up_days");
    static inline const QString DuplicateDaysKey = QStringLiteral("jobs.duplicate_days");
    static QString bandKey(const QString& companyType);

    static QStringList defaultSources();
    // One source per line; an empty setting means the defaults.
    static QStringList sources(const SettingsStore& settings);
    static QString sourcesValue(const QStringList& sources);
    static int followUpDays(const SettingsStore& settings);
    static int duplicateDays(const SettingsStore& settings);
    static SalaryBand band(const SettingsStore& settings, const QString& companyType);
};
