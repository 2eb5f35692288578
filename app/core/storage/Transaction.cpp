#include "Transaction.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(Database& db)
    : m_db(db)
{
    const int depth = m_db.m_transactionDepth;
    if (depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(depth);
    m_active = exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

bool Transaction::exec(const QString& sql)
{
    QSqlQuery query(m_db.connection());
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    // A COMMIT that fails (a full disk) is a failed write like any statement's.
    m_db.noteSqlError(query.lastError().databaseText());
    return false;
}
