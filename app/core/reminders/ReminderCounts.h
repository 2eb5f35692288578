#pragma once

#include <QDate>

class Workspace;

// The numbers a reminder quotes, taken from the one Today object (only when
// something is due, never on every tick). The DSA and Applications tables may
// still be empty or half-used; every count is then simply zero.
struct ReminderCounts
{
    int reviewsDue = 0;         // problems with a review due today or earlier
    int followUpsDue = 0;       // open applications whose follow-up (set or by the rule) has come
    int interviewsTomorrow = 0; // interview rounds scheduled for tomorrow
    int appliedToday = 0;
    int dailyGoal = 0;
    int overdueItems = 0; // open roadmap items past their due date

    static ReminderCounts load(Workspace& workspace, const QDate& today);
};
