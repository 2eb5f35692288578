#pragma once

#include "core/reminders/ReminderSchedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One row of the reminder table: what to remind of, when, and when it last came.
struct Reminder
{
    enum class Kind
    {
        Learning,
        Dsa,
        Applications,
        Reviews,
        FollowUps,
        Interviews,
        WeeklyReview,
        OverdueItems,
    };

    Kind kind = Kind::Learning;
    bool enabled = true;
    ReminderSchedule schedule;
    QDateTime lastFired;    // UTC; invalid when it never fired
    QDateTime snoozedUntil; // UTC; invalid when not snoozed

    static QList<Kind> allKinds();
    // The key stored in the table's `kind` column.
    static QString key(Kind kind);
    // The schedule a new database starts with.
    static ReminderSchedule defaultSchedule(Kind kind);
    // What the settings call it.
    static QString label(Kind kind);
};
