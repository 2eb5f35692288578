#include "ApplicationStore.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

ApplicationStore::ApplicationStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

QVector<Application> ApplicationStore::loadAll() const
{
    Query q(m_db, QStringLiteral("SELECT id, company, role, source, location, stage, stage_since, "
                                 "applied_on, follow_up_on, coalesce(salary_expected, 0), notes "
                                 "FROM application ORDER BY id"));
    QVector<Application> apps;
    if (!q.exec())
        return apps;
    while (q.next()) {
        Application a;
        a.id = q.value(0).toLongLong();
        a.company = q.value(1).toString();
        a.role = q.value(2).toString();
        a.source = q.value(3).toString();
        a.location = q.value(4).toString();
        a.stage = q.value(5).toString();
        a.stageSince = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.appliedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        a.followUpOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        a.salaryExpected = q.value(9).toDouble();
        a.notes = q.value(10).toString();
        apps.append(std::move(a));
    }
    return apps;
}

qint64 ApplicationStore::add(const Application& a)
{
    Transaction tx(m_db);
    const QDate since = a.stageSince.isValid() ? a.stageSince : QDate::currentDate();
    Query q(m_db, QStringLiteral("INSERT INTO application(company, role, source, location, stage, "
                                 "stage_since, applied_on, follow_up_on, salary_expected, notes) "
                                 "VALUES(?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({a.company, a.role, a.source, a.location, a.stage, Query::dateValue(since),
               Query::dateValue(a.appliedOn), Query::dateValue(a.followUpOn),
               a.salaryExpected > 0 ? QVariant(a.salaryExpected) : QVariant(), a.notes});
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId();
    Query event(m_db, QStringLiteral("INSERT INTO stage_event(application_id, from_stage, "
                                     "to_stage, changed_on) VALUES(?, NULL, ?, ?)"));
    event.bindAll({id, a.stage, Query::dateValue(since)});
    if (!event.exec() || !tx.commit())
        return 0;
    emit applicationAdded(id);
    return id;
}

bool ApplicationStore::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM application WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    emit applicationRemoved(id);
    return true;
}

int ApplicationStore::total() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM application"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ApplicationStore::countAppliedOn(const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM application WHERE applied_on = ?"));
    q.bind(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<QString, int> ApplicationStore::countByStage() const
{
    QMap<QString, int> counts;
    for (const QString& key : Application::stageKeys())
        counts.insert(key, 0);
    Query q(m_db, QStringLiteral("SELECT stage, count(*) FROM application GROUP BY stage"));
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}
