#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QVector>
#include <initializer_list>

class Database;

// A prepared statement with bound values: the only way stores talk to SQLite,
// so user text is never spliced into SQL.
class Query
{
public:
    Query(const Database& db, const QString& sql);

    Query& bind(const QVariant& value);
    Query& bindAll(std::initializer_list<QVariant> values);
    // Runs the statement; on failure logs the SQL and the error and returns false.
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QString errorString() const { return m_error; }

    // A date as stored (ISO YYYY-MM-DD), or NULL when it is not set.
    static QVariant dateValue(const QDate& d);
    // A stored date read back: invalid for NULL, empty or anything not a date.
    static QDate dateFrom(const QVariant& stored);

    // "3,17,42" for an IN (…) list. Ids are integers from our own tables, so
    // listing them is not splicing user text into SQL.
    static QString idList(const QVector<qint64>& ids);

private:
    const Database& m_db;
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    bool m_prepared = false;
    int m_nextBind = 0;
};
