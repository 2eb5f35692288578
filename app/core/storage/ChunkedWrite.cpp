#include "ChunkedWrite.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSignalBlocker>

bool ChunkedWrite::run(Database& db, QObject& store, int total, const Write& write,
                       const Progress& progress, QString* error, bool* cancelled)
{
    const auto fail = [&](const QString& why, bool wasCancelled) {
        if (error)
            *error = why;
        if (cancelled)
            *cancelled = wasCancelled;
        return false; // the guard, if any, rolls back
    };
    if (cancelled)
        *cancelled = false;
    const QSignalBlocker quiet(&store);
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.errorString(), false);
    for (int from = 0; from < total; from += chunkSize) {
        if (progress && !progress(from, total))
            return fail(tr("The import was cancelled; nothing was changed."), true);
        if (!write(from, std::min(total, from + chunkSize)))
            return fail(tr("Could not write into %1 (%2); nothing was changed.")
                            .arg(db.path(), db.lastSqlError()),
                        false);
    }
    if (progress)
        progress(total, total);
    if (!tx.commit())
        return fail(tx.errorString(), false);
    return true;
}
