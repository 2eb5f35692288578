#include "TopicTargetRule.h"

#include "ProblemStore.h"
#include "TopicStore.h"
#include "roadmap/RoadmapStore.h"

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
    for (const TopicStore::Topic& t : m_topics.loadAll()) {
        if (t.target <= 0 || t.roadmapNodeId <= 0)
            continue;
        const QPair<qint64, qint64> key{t.id, t.roadmapNodeId};
        const bool reached = t.solved >= t.target;
        const auto known = m_reached.constFind(key);
        const bool first = known == m_reached.constEnd();
        if (!first && known.value() == reached)
            continue;
        m_reached.insert(key, reached);
        bool ok = false;
        const RoadmapNode::Status status = m_roadmap.status(t.roadmapNodeId, &ok);
        if (!ok)
            continue;
        if (reached && status != RoadmapNode::Status::Done)
            m_roadmap.setStatus(t.roadmapNodeId, RoadmapNode::Status::Done);
        else if (!reached && !first && status == RoadmapNode::Status::Done)
            m_roadmap.setStatus(t.roadmapNodeId, RoadmapNode::Status::Todo);
    }
}
