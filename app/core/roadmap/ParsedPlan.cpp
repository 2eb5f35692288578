#include "ParsedPlan.h"

#include <algorithm>

int ParsedPlan::itemCount() const
{
    return int(std::count_if(nodes.cbegin(), nodes.cend(),
                             [](const Node& n) { return n.kind == RoadmapNode::Kind::Item; }));
}

int ParsedPlan::doneCount() const
{
    return int(std::count_if(nodes.cbegin(), nodes.cend(), [](const Node& n) {
        return n.kind == RoadmapNode::Kind::Item && n.checked;
    }));
}
