#pragma once

#include "core/reminders/Reminder.h"
#include "core/reminders/ReminderCounts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Turns the reminders due at one moment into ONE message, e.g.
// "3 reviews due · 12 applications to go · 2 follow-ups due", rather than a
// burst of notifications. A reminder with nothing to say (no reviews due, the
// goal already met) adds nothing; when nothing is left, there is no message.
class ReminderSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSummary)
public:
    struct Message
    {
        QString title;
        QString text;
        // What clicking it opens: a tab ("dsa", "applications", "timeline"),
        // then optionally which rows ("timeline/overdue").
        QString target;
        bool isEmpty() const { return text.isEmpty(); }
    };

    static Message build(const QList<Reminder::Kind>& kinds, const ReminderCounts& counts,
                         bool catchUp = false);
    // Today at a glance, for the tray's "Today's summary": every count, even zeros.
    static Message today(const ReminderCounts& counts);
    // The part one reminder adds, or empty when it has nothing to say.
    static QString part(Reminder::Kind kind, const ReminderCounts& counts);
    static QString target(Reminder::Kind kind);
};
