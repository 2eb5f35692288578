#include "ReminderSummary.h"

#include <QStringList>

namespace {
const QString Separator = QStringLiteral(" · ");
}

QString ReminderSummary::part(Reminder::Kind kind, const ReminderCounts& c)
{
    using Kind = Reminder::Kind;
    switch (kind) {
    case Kind::Learning:
        return tr("Time for your learning block");
    case Kind::Dsa:
        return tr("Time for DSA practice");
    case Kind::Applications: {
        const int left = c.dailyGoal - c.appliedToday;
        if (left > 0)
            return tr("%n application(s) to go", "", left);
        return tr("Application goal met: %1 of %2 today").arg(c.appliedToday).arg(c.dailyGoal);
    }
    case Kind::Reviews:
        return c.reviewsDue > 0 ? tr("%n review(s) due", "", c.reviewsDue) : QString();
    case Kind::FollowUps:
        return c.followUpsDue > 0 ? tr("%n follow-up(s) due", "", c.followUpsDue) : QString();
    case Kind::Interviews:
        return c.interviewsTomorrow > 0 ? tr("%n interview(s) tomorrow", "", c.interviewsTomorrow)
                                        : QString();
    case Kind::WeeklyReview:
        return tr("Time for the weekly plan review");
    case Kind::OverdueItems:
        return c.overdueItems > 0 ? tr("%n plan item(s) overdue", "", c.overdueItems) : QString();
    }
    return {};
}

QString ReminderSummary::target(Reminder::Kind kind)
{
    // "tab/rows": the window opens the tab, and the rows where it can.
    using Kind = Reminder::Kind;
    switch (kind) {
    case Kind::Dsa:
        return QStringLiteral("dsa");
    case Kind::Reviews:
        return QStringLiteral("dsa/reviews");
    case Kind::Applications:
        return QStringLiteral("applications");
    case Kind::FollowUps:
        return QStringLiteral("applications/follow-ups");
    case Kind::Interviews:
        return QStringLiteral("applications/interviews");
    case Kind::Learning:
    case Kind::WeeklyReview:
        return QStringLiteral("timeline");
    case Kind::OverdueItems:
        return QStringLiteral("timeline/overdue");
    }
    return {};
}

ReminderSummary::Message ReminderSummary::build(const QList<Reminder::Kind>& kinds,
                                                const ReminderCounts& counts, bool catchUp)
{
    Message message;
    QStringList parts;
    // In the fixed kind order, so the same moment always reads the same.
    for (Reminder::Kind kind : Reminder::allKinds()) {
        if (!kinds.contains(kind))
            continue;
        const QString text = part(kind, counts);
        if (text.isEmpty())
            continue;
        if (message.target.isEmpty())
            message.target = target(kind);
        parts << text;
    }
    if (parts.isEmpty())
        return message;
    message.title = catchUp ? tr("Missed reminders") : tr("Roadmap Planner reminder");
    message.text = parts.join(Separator);
    return message;
}

ReminderSummary::Message ReminderSummary::today(const ReminderCounts& c)
{
    Message message;
    message.title = tr("Today");
    message.text =
        QStringList{tr("%1 of %2 applications today").arg(c.appliedToday).arg(c.dailyGoal),
                    tr("%n review(s) due", "", c.reviewsDue),
                    tr("%n follow-up(s) due", "", c.followUpsDue),
                    tr("%n interview(s) tomorrow", "", c.interviewsTomorrow),
                    tr("%n plan item(s) overdue", "", c.overdueItems)}
            .join(Separator);
    message.target = QStringLiteral("applications");
    return message;
}
