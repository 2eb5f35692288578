#include "ChunkedWrite.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSignalBlocker>

ChunkedWrite::ChunkedWrite(Database& db, QObject& store)
    : m_db(db)
    , m_store(store)
{}

bool ChunkedWrite::run(int total, const Write& write, const Progress& progress)
{
    m_error.clear();
    m_cancelled = false;
    const QSignalBlocker quiet(&m_store);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorString();
        return false;
    }
    for (int from = 0; from < total; from += chunkSize) {
        if (progress && !progress(from, total)) {
            m_cancelled = true;
            m_error = QCoreApplication::translate("ChunkedWrite",
                                                  "The import was cancelled; nothing was changed.");
            return false; // the guard rolls back
        }
        if (!write(from, std::min(total, from + chunkSize))) {
            m_error = m_db.lastSqlError();
            return false;
        }
    }
    if (progress)
        progress(total, total);
    if (!tx.commit()) {
        m_error = tx.errorString();
        return false;
    }
    return true;
}
