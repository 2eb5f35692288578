#include "ChangeNotifier.h"

#include <QSet>

ChangeSet ChangeSet::fromReplace(const QVector<qint64>& deleted, const QVector<qint64>& written)
{
    const QSet<qint64> gone(deleted.cbegin(), deleted.cend());
    const QSet<qint64> back(written.cbegin(), written.cend());
    ChangeSet changes;
    for (const qint64 id : written)
        (gone.contains(id) ? changes.changed : changes.inserted).append(id);
    for (const qint64 id : deleted) {
        if (!back.contains(id))
            changes.removed.append(id);
    }
    return changes;
}

void ChangeNotifier::announceReset()
{
    emit reset();
    emit changed();
}

void ChangeNotifier::announce(const ChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    if (changes.size() > ResetThreshold) {
        announceReset();
        return;
    }
    // Removals first, so a listener never sees an inserted id next to a stale row.
    if (!changes.removed.isEmpty())
        emit rowsRemoved(changes.removed);
    if (!changes.inserted.isEmpty())
        emit rowsInserted(changes.inserted);
    if (!changes.changed.isEmpty())
        emit rowsChanged(changes.changed);
    emit changed();
}
