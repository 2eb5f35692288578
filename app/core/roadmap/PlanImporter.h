#pragma once

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanMatcher.h"
#include "core/roadmap/RoadmapNode.h"

#include <QHash>
#include <QString>
#include <functional>

class Database;
class RoadmapStore;
class TopicStore;
class SkillStore;
class SettingsStore;

// Writes a parsed plan, with what it implies for the other tabs (topic targets,
// the daily application goal, skill milestones), in one transaction: all of it
// lands or none of it does.
//
// Two ways: replace the plan (a new plan), or merge it over the current one
// (re-import): nodes are matched by heading path and title, then renamed and
// moved ones by content (PlanMatcher), so the user's progress, notes, dates
// and statuses stay; new items are added; items no longer in the file are
// marked removed rather than deleted.
class PlanImporter
{
public:
    // A node of the file that continues a stored node under another title or place.
    struct Inherited
    {
        int node = -1; // index into the plan's nodes
        qint64 oldId = 0;
        QString oldTitle;
        QString oldPath;
        // Same title, same old parent: it follows its renamed parent and needs no mention.
        bool followsParent = false;
    };
    struct Report
    {
        int added = 0;
        int matched = 0; // renamed and moved ones included
        int removed = 0;
        QVector<Inherited> inherited;
    };
    // Called as rows are written; returning false cancels (and rolls back).
    using Progress = std::function<bool(int done, int total)>;

    PlanImporter(Database& db, RoadmapStore& roadmap, TopicStore& topics, SkillStore& skills,
                 SettingsStore& settings);

    bool replacePlan(const ParsedPlan& plan, const Progress& progress = {});
    // `overrides`: matches the user corrected in the preview (see PlanMatcher).
    bool mergePlan(const ParsedPlan& plan, Report* report = nullptr, const Progress& progress = {},
                   const PlanMatcher::Overrides& overrides = {});
    // What mergePlan would do, without writing.
    static Report preview(const QVector<RoadmapNode>& existing, const ParsedPlan& plan,
                          const PlanMatcher::Overrides& overrides = {});

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

private:
    static Report reportOf(const QVector<RoadmapNode>& existing, const ParsedPlan& plan,
                           const PlanMatcher::Result& matches);
    bool writeConventions(const ParsedPlan& plan, const QVector<qint64>& ids);
    bool fail(const QString& what);
    // Asks the progress callback every few hundred rows; true when the user cancelled.
    bool cancelledAt(const Progress& progress, int done, int total);
    void notify();

    Database& m_db;
    RoadmapStore& m_roadmap;
    TopicStore& m_topics;
    SkillStore& m_skills;
    SettingsStore& m_settings;
    QString m_error;
    bool m_cancelled = false;
};
