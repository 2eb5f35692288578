#pragma once

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/RoadmapNode.h"

#include <QHash>
#include <QVector>

// Decides which stored node each node of a re-imported plan continues, so the
// user's ticks, notes, dates and statuses follow a renamed or moved heading.
//
// First by heading path and title (the same node, unchanged); then, for what
// is left, by content: a heading by its title and the items under it, an item
// by its title, both helped by sitting under the node its old parent became and
// at the same position. A match the user corrected wins over both.
class PlanMatcher
{
public:
    struct Result
    {
        QVector<int> existing; // per plan node: index into the stored nodes, or -1 (new)
        QVector<bool> exact;   // true when matched by path and title, unchanged
    };
    // Matches the user set in the preview: plan node index → stored node id, or
    // AsNew. Ids, not positions, because the import reloads the stored nodes.
    using Overrides = QHash<int, qint64>;
    static constexpr qint64 AsNew = -1;

    static Result match(const QVector<RoadmapNode>& existing, const ParsedPlan& plan,
                        const Overrides& overrides = {});
    // 0 (nothing alike) … 1 (the same after case and spacing).
    static double similarity(const QString& a, const QString& b);
};
