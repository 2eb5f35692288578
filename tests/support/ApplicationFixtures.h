#pragma once

#include "core/jobs/Application.h"

// Applications for tests: applied (and in their stage) on one day, from LinkedIn.
namespace ApplicationFixtures {

inline Application make(const QString& company, const QString& role, const QString& stage,
                        const QDate& applied)
{
    Application a;
    a.company = company;
    a.role = role;
    a.stage = stage;
    a.appliedOn = applied;
    a.stageSince = applied;
    a.source = QStringLiteral("LinkedIn");
    return a;
}

} // namespace ApplicationFixtures
