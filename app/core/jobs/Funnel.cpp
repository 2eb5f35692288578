#include "Funnel.h"

#include <QHash>
#include <algorithm>

namespace {
double median(QVector<int> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}
} // namespace

Funnel::Result Funnel::compute(const QVector<Application>& applications,
                               const QVector<StageEvent>& history, const QStringList& order,
                               const QDate& today)
{
    QStringList pipeline;
    for (const QString& s : order) {
        if (!Application::isClosingStage(s))
            pipeline.append(s);
    }

    // The furthest open stage each application ever reached.
    // Hashes, not maps: 20,000 applications and their events are looked up here.
    QHash<qint64, int> furthest;
    QHash<qint64, QVector<const StageEvent*>> events;
    furthest.reserve(applications.size());
    events.reserve(applications.size());
    for (const StageEvent& e : history) {
        events[e.applicationId].append(&e);
        const int at = int(pipeline.indexOf(e.toStage));
        if (at >= 0)
            furthest[e.applicationId] = std::max(furthest.value(e.applicationId, -1), at);
    }

    Result result;
    QVector<const Application*> all;
    QMap<QString, QVector<const Application*>> bySource;
    QMap<QString, QVector<const Application*>> byType;
    QMap<QString, QVector<int>> durations;
    for (const Application& a : applications) {
        const int now = int(pipeline.indexOf(a.stage));
        if (now >= 0)
            furthest[a.id] = std::max(furthest.value(a.id, -1), now);
        all.append(&a);
        bySource[a.source].append(&a);
        byType[a.companyType].append(&a);
        if (Application::isClosingStage(a.stage))
            ++result.closedIn[a.stage];

        // Days in each stage: from entering it to the next event (or today).
        const QVector<const StageEvent*> list = events.value(a.id);
        for (int i = 0; i < list.size(); ++i) {
            const QDate end = i + 1 < list.size() ? list[i + 1]->changedOn : today;
            if (!Application::isClosingStage(list[i]->toStage) && list[i]->changedOn.isValid() &&
                end.isValid())
                durations[list[i]->toStage].append(int(list[i]->changedOn.daysTo(end)));
        }
    }
    result.steps = steps(all, furthest, pipeline);
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        result.bySource.insert(it.key(), steps(it.value(), furthest, pipeline));
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        result.byCompanyType.insert(it.key(), steps(it.value(), furthest, pipeline));
    for (auto it = durations.cbegin(); it != durations.cend(); ++it)
        result.medianDays.insert(it.key(), median(it.value()));
    return result;
}

QVector<Funnel::Step> Funnel::steps(const QVector<const Application*>& apps,
                                    const QHash<qint64, int>& furthest, const QStringList& pipeline)
{
    QVector<Step> steps;
    for (const QString& s : pipeline)
        steps.append({s, 0, 0});
    for (const Application* a : apps) {
        const int f = furthest.value(a->id, -1);
        for (int i = 0; i <= f; ++i)
            ++steps[i].reached;
    }
    for (int i = 0; i < steps.size(); ++i) {
        const int before = i == 0 ? steps[i].reached : steps[i - 1].reached;
        steps[i].conversion = before > 0 ? double(steps[i].reached) / before : 0;
    }
    return steps;
}
