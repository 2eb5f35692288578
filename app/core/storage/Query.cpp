#include "Query.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "planner.sql")

Query::Query(const Database& db, const QString& sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = m_query.lastError().text();
        qCWarning(lcSql) << "prepare failed:" << m_error << m_sql;
    }
}

Query& Query::bind(const QVariant& value)
{
    // A null QString binds as SQL NULL; text columns here are NOT NULL, so an
    // unset string means empty text.
    const bool emptyText = value.typeId() == QMetaType::QString && value.toString().isNull();
    // By position, so one prepared Query can be bound and run again and again.
    m_query.bindValue(m_nextBind++, emptyText ? QVariant(QStringLiteral("")) : value);
    return *this;
}

Query& Query::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant& v : values)
        bind(v);
    return *this;
}

bool Query::exec()
{
    m_nextBind = 0; // the next bind() starts a new set of values
    if (!m_prepared)
        return false;
    if (m_query.exec())
        return true;
    m_error = m_query.lastError().text();
    m_db.noteSqlError(m_query.lastError().databaseText());
    qCWarning(lcSql) << "exec failed:" << m_error << m_sql;
    return false;
}

QString Query::idList(const QVector<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}
