#pragma once

#include <QString>

class Database;

// All-or-nothing scope for writes. The outermost guard runs BEGIN IMMEDIATE (so a
// second process waits instead of failing half-way); nested guards use savepoints,
// so a store method can be called alone or inside a larger import. A guard that
// is destroyed without commit() rolls back.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString& sql);

    Database& m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
};
