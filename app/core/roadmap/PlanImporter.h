#pragma once

#include "ParsedPlan.h"

#include <QString>

class Database;
class RoadmapStore;
class TopicStore;
class SkillStore;
class SettingsStore;

// Writes a parsed plan as the current plan, with what it implies for the other
// tabs (topic targets, the daily application goal, skill milestones), in one
// transaction: all of it lands or none of it does.
class PlanImporter
{
public:
    PlanImporter(Database& db, RoadmapStore& roadmap, TopicStore& topics, SkillStore& skills,
                 SettingsStore& settings);

    bool replacePlan(const ParsedPlan& plan);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& what);

    Database& m_db;
    RoadmapStore& m_roadmap;
    TopicStore& m_topics;
    SkillStore& m_skills;
    SettingsStore& m_settings;
    QString m_error;
};
