#include "ReminderCounts.h"

#include "Workspace.h"
#include "today/Today.h"

ReminderCounts ReminderCounts::load(Workspace& ws, const QDate& today)
{
    // One computation for every number a user sees: the live Today object for
    // its own day, the same rules for any other day (a fake clock, a zone change).
    const Today& live = ws.today();
    if (live.date() == today)
        return live.counts();
    return Today::compute(ws, today).counts();
}
