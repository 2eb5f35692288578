#pragma once

#include <QHash>
#include <QObject>
#include <QPair>

class ProblemStore;
class RoadmapStore;
class TopicStore;

// The cross-tab rule: when a plan topic's solved count reaches its target, its
// roadmap item becomes done; when problems are removed or unsolved and the count
// drops below, the item goes back to todo. It goes through RoadmapStore::setStatus,
// so the Timeline's model updates at once without knowing the DSA tab exists.
//
// It acts on crossings only, so a plan item the user ticked by hand is not
// unticked by an unrelated edit.
class TopicTargetRule : public QObject
{
    Q_OBJECT
public:
    TopicTargetRule(TopicStore& topics, ProblemStore& problems, RoadmapStore& roadmap,
                    QObject* parent = nullptr);

public slots:
    void evaluate();

private:
    TopicStore& m_topics;
    RoadmapStore& m_roadmap;
    // Keyed by (topic, roadmap node): a re-imported plan starts afresh.
    QHash<QPair<qint64, qint64>, bool> m_reached;
};
