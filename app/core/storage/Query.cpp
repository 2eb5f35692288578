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

// Dates are written and read by the hundred thousand (an import, the problems'
// first read); QDate's ISO conversions took 1,200 (reading) and 5,900 (writing)
// instructions a date. Four-digit years go by hand; anything else goes to QDate,
// so what is accepted and what is written stay QDate's.
QVariant Query::dateValue(const QDate& d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate Query::dateFrom(const QVariant& stored)
{
    if (stored.isNull())
        return {};
    const QString text = stored.toString();
    const auto digit = [&text](int i) { return text.at(i).unicode() - u'0'; };
    const auto isDigit = [&digit](int i) { return digit(i) >= 0 && digit(i) <= 9; };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && isDigit(0) && isDigit(1) &&
        isDigit(2) && isDigit(3) && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9)) {
        // QDate itself says whether the day exists (2026-02-30 does not).
        return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                     digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    }
    return QDate::fromString(text, Qt::ISODate);
}

QString Query::idList(const QVector<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}
