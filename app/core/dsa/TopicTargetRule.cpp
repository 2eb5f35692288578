#include "TopicTargetRule.h"

#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"
#include "core/roadmap/RoadmapStore.h"

#include <QSet>

TopicTargetRule::TopicTargetRule(TopicStore& topics, ProblemStore& problems, RoadmapStore& roadmap,
                                 QObject* parent)
    : QObject(parent)
    , m_topics(topics)
    , m_roadmap(roadmap)
{
    connect(&problems, &ProblemStore::changed, this, &TopicTargetRule::evaluate);
    connect(&topics, &TopicStore::changed, this, &TopicTargetRule::evaluate);
    evaluate();
}

void TopicTargetRule::evaluate()
{
    // A link that is gone (its item deleted, a plan re-imported) is forgotten, so
    // when it comes back (undo) it starts afresh instead of from a count it had
    // before the problems changed without it.
    QSet<QPair<qint64, qint64>> linked;
    for (const TopicStore::Topic& t : m_topics.loadTargets()) {
        if (t.target <= 0 || t.roadmapNodeId <= 0)
            continue;
        const QPair<qint64, qint64> key{t.id, t.roadmapNodeId};
        linked.insert(key);
        const bool reached = t.solved >= t.target;
        const auto known = m_reached.constFind(key);
        const bool first = known == m_reached.constEnd();
        if (!first && known.value() == reached)
            continue;
        bool ok = false;
        const RoadmapNode::Status status = m_roadmap.status(t.roadmapNodeId, &ok);
        if (!ok) {
            // A deleted (hidden) item is not ticked; if it comes back, it starts afresh.
            linked.remove(key);
            continue;
        }
        m_reached.insert(key, reached);
        if (reached && status != RoadmapNode::Status::Done)
            m_roadmap.setStatus(t.roadmapNodeId, RoadmapNode::Status::Done);
        else if (!reached && !first && status == RoadmapNode::Status::Done)
            m_roadmap.setStatus(t.roadmapNodeId, RoadmapNode::Status::Todo);
    }
    for (auto it = m_reached.begin(); it != m_reached.end();)
        it = linked.contains(it.key()) ? std::next(it) : m_reached.erase(it);
}
