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
    // Sort (date, index) pairs, not whole applications.
    QVector<std::pair<QDate, int>> due;
    for (int i = 0; i < applications.size(); ++i) {
        const QDate d = dueDate(applications[i]);
        if (d.isValid() && d < today)
            due.append({d, i});
    }
    std::sort(due.begin(), due.end());
    QVector<Application> result;
    result.reserve(due.size());
    for (const auto& d : due)
        result.append(applications[d.second]);
    return result;
}
