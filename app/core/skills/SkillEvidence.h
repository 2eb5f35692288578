#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QObject>
#include <QVector>

class ProblemStore;
class RoadmapModel;
class RoadmapStore;
class SkillStore;
class TopicStore;

// What the plan's own data says about a skill: the roadmap items linked to it
// (and how many are done), items whose text mentions it but are not linked yet,
// and for the DSA skill the problems solved against the topic targets. From
// that it suggests a level; it never sets one — the user decides.
class SkillEvidence : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 id = 0;
        QString title;
        bool done = false;
    };
    struct Entry
    {
        qint64 skillId = 0;
        QVector<Item> linked;
        QVector<Item> mentioned; // mention the skill, not linked yet
        int linkedDone = 0;
        bool countsProblems = false; // the DSA skill
        int solvedProblems = 0;
        int problemTarget = 0;
        int suggestedLevel = -1; // -1: no evidence to go on
    };

    SkillEvidence(SkillStore& skills, RoadmapStore& roadmap, TopicStore& topics,
                  ProblemStore& problems, QObject* parent = nullptr);

    // The open plan's nodes, kept in memory for the Timeline: the items are
    // read from it rather than from the file (5,000 nodes were most of the
    // Skills tab's first visit). Without one they are read from the store.
    void setPlan(const RoadmapModel* plan) { m_plan = plan; }

    Entry forSkill(qint64 skillId) const;

    // True when the item's text names the skill, or one of its parts for names
    // like "Django/DRF", as a whole word.
    static bool mentions(const QString& itemTitle, const QString& skillName);
    // The DSA log counts for skills named after it.
    static bool isDsaSkill(const QString& skillName);
    // Progress (0..1) scaled onto the level the next milestone asks for.
    static int suggestLevel(double progress, int nextTarget);

signals:
    // Any input changed: items ticked, links edited, problems logged.
    void changed();

private:
    SkillStore& m_skills;
    RoadmapStore& m_roadmap;
    TopicStore& m_topics;
    const RoadmapModel* m_plan = nullptr;
};
