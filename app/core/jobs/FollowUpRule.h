#pragma once

#include "core/jobs/Application.h"

#include <QDate>
#include <QVector>

// When to chase an application. A date the user set wins; otherwise an
// application still in Applied (no reply yet) is due `days` after it was
// applied. Closed, accepted and wishlist applications need no follow-up.
class FollowUpRule
{
public:
    explicit FollowUpRule(int days = 7)
        : m_days(days)
    {}

    int days() const { return m_days; }
    QDate dueDate(const Application& application) const;
    bool isOverdue(const Application& application, const QDate& today) const;
    // Overdue applications, the longest overdue first.
    QVector<Application> overdue(const QVector<Application>& applications,
                                 const QDate& today) const;

private:
    int m_days;
};
