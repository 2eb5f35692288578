#include "ReminderCounts.h"

#include "core/Workspace.h"
#include "core/today/Today.h"

ReminderCounts ReminderCounts::load(Workspace& ws, const QDate& today)
{
    // One computation for every number a user sees: the live Today object for
    // its own day, the same rules for any other day (a fake clock, a zone change).
    const Today& live = ws.today();
    if (live.date() == today)
        return live.counts();
    return Today::compute(ws, today).counts();
}
