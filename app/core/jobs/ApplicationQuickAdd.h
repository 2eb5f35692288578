#pragma once

#include "core/jobs/Application.h"

#include <QDate>
#include <QString>

// The applications quick add: company, role and source, as the tab's three
// fields take them or as one line "Acme | Backend Developer | LinkedIn" (the
// command line and the desktop's quick add). Either way the application is
// recorded as applied today.
class ApplicationQuickAdd
{
public:
    static Application make(const QString& company, const QString& role, const QString& source,
                            const QDate& today);
    // "company | role" or "company | role | source"; false with *error
    // naming the missing or extra field.
    static bool parse(const QString& line, const QDate& today, Application* application,
                      QString* error);
};
