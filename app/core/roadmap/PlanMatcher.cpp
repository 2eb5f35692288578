#include "PlanMatcher.h"

#include "core/io/EditDistance.h"

#include <QSet>
#include <QStringList>
#include <algorithm>

namespace {
// How alike two nodes must be before one inherits the other's progress.
constexpr double itemThreshold = 0.8;
constexpr double headingThreshold = 0.7;
// How far from its old position a renamed node is looked for among its siblings.
constexpr int siblingWindow = 20;

QString normalized(const QString& title)
{
    return title.toCaseFolded().simplified();
}

double overlap(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    return double(common) / double(a.size() + b.size() - common);
}

// The key of an unchanged node: its heading path and title, plus which
// occurrence of that path it is (two items may share a title).
QVector<QString> matchKeys(const QVector<QString>& paths)
{
    QHash<QString, int> seen;
    QVector<QString> keys;
    keys.reserve(paths.size());
    for (const QString& path : paths)
        keys.append(path + u'\x1f' + QString::number(seen[path]++));
    return keys;
}
} // namespace

double PlanMatcher::similarity(const QString& a, const QString& b)
{
    const QString x = normalized(a);
    const QString y = normalized(b);
    if (x == y)
        return 1;
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const double byLetters =
        1.0 - double(EditDistance::between(x, y)) / double(std::max(x.size(), y.size()));
    const QStringList xs = x.split(u' ');
    const QStringList ys = y.split(u' ');
    const double byWords =
        overlap(QSet<QString>(xs.cbegin(), xs.cend()), QSet<QString>(ys.cbegin(), ys.cend()));
    return std::max(byLetters, byWords);
}

PlanMatcher::Result PlanMatcher::match(const QVector<RoadmapNode>& existing, const ParsedPlan& plan,
                                       const Overrides& overrides)
{
    const int n = int(plan.nodes.size());
    Result result;
    result.existing.fill(-1, n);
    result.exact.fill(false, n);
    QVector<bool> used(existing.size(), false);

    // Nodes the user added in the planner (no source path) are never matched.
    QVector<QString> oldPaths;
    for (const RoadmapNode& e : existing)
        oldPaths.append(e.sourcePath);
    const QVector<QString> oldKeys = matchKeys(oldPaths);
    QHash<QString, int> byKey;
    QHash<qint64, int> indexOfId;
    QHash<qint64, QVector<int>> childrenOf; // stored parent id → stored indexes
    QHash<QString, QVector<int>> byTitle;
    for (int i = 0; i < existing.size(); ++i) {
        indexOfId.insert(existing[i].id, i);
        if (existing[i].sourcePath.isEmpty())
            continue;
        byKey.insert(oldKeys[i], i);
        childrenOf[existing[i].parentId].append(i);
        byTitle[normalized(existing[i].title)].append(i);
    }
    const auto take = [&](int planIndex, int old, bool exact) {
        result.existing[planIndex] = old;
        result.exact[planIndex] = exact;
        if (old >= 0)
            used[old] = true;
    };
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        // An id that is gone (deleted since the preview) leaves the node new.
        const int old = it.value() == AsNew ? -1 : indexOfId.value(it.value(), -1);
        if (it.key() >= 0 && it.key() < n && (old < 0 || !used[old]))
            take(it.key(), old, false);
    }

    QVector<QString> planPaths;
    QVector<QVector<int>> planChildren(n);
    QVector<int> planPosition(n);
    QVector<int> topLevel;
    for (int i = 0; i < n; ++i) {
        planPaths.append(plan.nodes[i].path);
        const int parent = plan.nodes[i].parent;
        QVector<int>& siblings = parent >= 0 ? planChildren[parent] : topLevel;
        planPosition[i] = int(siblings.size());
        siblings.append(i);
    }
    const QVector<QString> planKeys = matchKeys(planPaths);
    for (int i = 0; i < n; ++i) {
        if (overrides.contains(i))
            continue;
        const auto hit = byKey.constFind(planKeys[i]);
        if (hit != byKey.constEnd() && !used[*hit])
            take(i, *hit, true);
    }

    const auto titlesOfPlanChildren = [&](int i) {
        QSet<QString> titles;
        for (int c : planChildren[i])
            titles.insert(normalized(plan.nodes[c].title));
        return titles;
    };
    const auto titlesOfStoredChildren = [&](int old) {
        QSet<QString> titles;
        for (int c : childrenOf.value(existing[old].id))
            titles.insert(normalized(existing[c].title));
        return titles;
    };

    // Parents come before their children, so a renamed heading is matched
    // before the items under it look for the heading their old parent became.
    for (int i = 0; i < n; ++i) {
        if (result.existing[i] >= 0 || overrides.contains(i))
            continue;
        const ParsedPlan::Node& p = plan.nodes[i];
        const bool item = p.kind == RoadmapNode::Kind::Item;
        const int parentOld = p.parent >= 0 ? result.existing[p.parent] : -1;
        const qint64 parentId = p.parent < 0 ? 0 : parentOld >= 0 ? existing[parentOld].id : -1;
        QVector<int> candidates = byTitle.value(normalized(p.title));
        // The same title under the node its old parent became: that is the one,
        // without weighing the others (the common case under a renamed heading).
        const auto same = std::find_if(candidates.cbegin(), candidates.cend(), [&](int c) {
            return !used[c] && existing[c].isItem() == item && existing[c].parentId == parentId;
        });
        if (same != candidates.cend()) {
            take(i, *same, false);
            continue;
        }
        if (parentId >= 0) {
            // The old parent's children, near the same position: a long flat
            // list stays linear instead of comparing every pair of titles.
            const QVector<int> siblings = childrenOf.value(parentId);
            const int from = std::max(0, planPosition[i] - siblingWindow);
            const int to = std::min(int(siblings.size()), planPosition[i] + siblingWindow + 1);
            for (int k = from; k < to; ++k)
                candidates.append(siblings[k]);
        }
        const QSet<QString> children = item ? QSet<QString>() : titlesOfPlanChildren(i);
        int best = -1;
        double bestScore = 0;
        for (int c : std::as_const(candidates)) {
            const RoadmapNode& old = existing[c];
            if (used[c] || old.isItem() != item)
                continue;
            const double title = similarity(p.title, old.title);
            const double place =
                (old.parentId == parentId ? 0.2 : 0) + (old.position == planPosition[i] ? 0.1 : 0);
            const double score =
                item ? title + place
                     : 0.5 * title + 0.8 * overlap(children, titlesOfStoredChildren(c)) + place;
            if (score >= (item ? itemThreshold : headingThreshold) && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best >= 0)
            take(i, best, false);
    }
    return result;
}
