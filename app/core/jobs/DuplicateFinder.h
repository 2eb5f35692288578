#pragma once

#include "core/jobs/Application.h"

#include <QDate>
#include <QVector>

// "Did I already apply here?": the same company and role applied to within
// the last `days` days. Names are compared loosely (case, spacing,
// punctuation and suffixes like "Pvt Ltd" ignored), because people type them
// differently each time.
class DuplicateFinder
{
public:
    static QString normalizeCompany(const QString& company);
    static QString normalizeRole(const QString& role);
    // The most recent matching application, or one with id 0 when none.
    static Application findRecent(const QVector<Application>& applications, const QString& company,
                                  const QString& role, const QDate& today, int days);
};
