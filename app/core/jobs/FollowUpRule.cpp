#include "FollowUpRule.h"

#include <algorithm>

QDate FollowUpRule::dueDate(const Application& a) const
{
    if (Application::isClosingStage(a.stage) || a.stage == u"accepted" || a.stage == u"wishlist")
        return {};
    if (a.followUpOn.isValid())
        return a.followUpOn;
    if (a.stage == u"applied" && a.appliedOn.isValid())
        return a.appliedOn.addDays(m_days);
    return {};
}

bool FollowUpRule::isOverdue(const Application& a, const QDate& today) const
{
    const QDate due = dueDate(a);
    return due.isValid() && due < today;
}

QVector<Application> FollowUpRule::overdue(const QVector<Application>& applications,
                                           const QDate& today) const
{
    QVector<std::pair<QDate, Application>> due;
    for (const Application& a : applications) {
        if (isOverdue(a, today))
            due.append({dueDate(a), a});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto& l, const auto& r) { return l.first < r.first; });
    QVector<Application> result;
    result.reserve(due.size());
    for (const auto& d : due)
        result.append(d.second);
    return result;
}
