#include "Reminder.h"

#include <QCoreApplication>

QList<Reminder::Kind> Reminder::allKinds()
{
    return {Kind::Learning,  Kind::Dsa,        Kind::Applications, Kind::Reviews,
            Kind::FollowUps, Kind::Interviews, Kind::WeeklyReview, Kind::OverdueItems};
}

QString Reminder::key(Kind kind)
{
    // The first six match the rows migration 002 inserts.
    switch (kind) {
    case Kind::Learning:
        return QStringLiteral("learning");
    case Kind::Dsa:
        return QStringLiteral("dsa");
    case Kind::Applications:
        return QStringLiteral("applications");
    case Kind::Reviews:
        return QStringLiteral("reviews");
    case Kind::FollowUps:
        return QStringLiteral("follow_ups");
    case Kind::Interviews:
        return QStringLiteral("interviews");
    case Kind::WeeklyReview:
        return QStringLiteral("weekly_review");
    case Kind::OverdueItems:
        return QStringLiteral("overdue_items");
    }
    return {};
}

ReminderSchedule Reminder::defaultSchedule(Kind kind)
{
    switch (kind) {
    case Kind::Learning:
        return ReminderSchedule::daily(QTime(19, 0));
    case Kind::Dsa:
        return ReminderSchedule::daily(QTime(20, 30));
    case Kind::Applications:
        return ReminderSchedule::daily(QTime(21, 0));
    case Kind::Reviews:
        return ReminderSchedule::daily(QTime(9, 0));
    case Kind::FollowUps:
        return ReminderSchedule::daily(QTime(10, 0));
    case Kind::Interviews:
        return ReminderSchedule::daily(QTime(18, 0));
    case Kind::WeeklyReview:
        return ReminderSchedule::weekly(Qt::Sunday, QTime(18, 0));
    case Kind::OverdueItems:
        return ReminderSchedule::daily(QTime(9, 0));
    }
    return {};
}

QString Reminder::label(Kind kind)
{
    switch (kind) {
    case Kind::Learning:
        return QCoreApplication::translate("Reminder", "Daily learning block");
    case Kind::Dsa:
        return QCoreApplication::translate("Reminder", "Daily DSA practice");
    case Kind::Applications:
        return QCoreApplication::translate("Reminder", "Evening check of the application goal");
    case Kind::Reviews:
        return QCoreApplication::translate("Reminder", "Reviews due");
    case Kind::FollowUps:
        return QCoreApplication::translate("Reminder", "Follow-ups due");
    case Kind::Interviews:
        return QCoreApplication::translate("Reminder", "Interview tomorrow");
    case Kind::WeeklyReview:
        return QCoreApplication::translate("Reminder", "Weekly plan review");
    case Kind::OverdueItems:
        return QCoreApplication::translate("Reminder", "Overdue roadmap items");
    }
    return {};
}
