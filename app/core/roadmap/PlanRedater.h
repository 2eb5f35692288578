#pragma once

#include <QDate>

class Database;
class RoadmapStore;
class SettingsStore;
class SkillStore;

// Moves the whole plan to a new start date: every "Month N", "Week N-M" and
// "Year N" heading, the items under them and the skill milestones are dated
// again from the new start, in one transaction.
class PlanRedater
{
public:
    static bool apply(Database& db, RoadmapStore& roadmap, SkillStore& skills,
                      SettingsStore& settings, const QDate& start);
};
