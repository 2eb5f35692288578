#include "ApplicationStore.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, company, role, company_type, source, location, remote, link, description, "
    "skills_asked, coalesce(salary_advertised, 0), coalesce(salary_expected, 0), "
    "coalesce(salary_offered, 0), stage, stage_since, applied_on, follow_up_on, notes "
    "FROM application");

QDate isoDate(const QVariant& v)
{
    return Query::dateFrom(v);
}

Application readApplication(const Query& q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.company = q.value(1).toString();
    a.role = q.value(2).toString();
    a.companyType = q.value(3).toString();
    a.source = q.value(4).toString();
    a.location = q.value(5).toString();
    a.remote = q.value(6).toInt() != 0;
    a.link = q.value(7).toString();
    a.description = q.value(8).toString();
    a.skillsAsked = q.value(9).toString();
    a.salaryAdvertised = q.value(10).toDouble();
    a.salaryExpected = q.value(11).toDouble();
    a.salaryOffered = q.value(12).toDouble();
    a.stage = q.value(13).toString();
    a.stageSince = isoDate(q.value(14));
    a.appliedOn = isoDate(q.value(15));
    a.followUpOn = isoDate(q.value(16));
    a.notes = q.value(17).toString();
    return a;
}

QVariant money(double lpa)
{
    return lpa > 0 ? QVariant(lpa) : QVariant();
}

QVector<StageEvent> readEvents(Query& q)
{
    QVector<StageEvent> events;
    if (!q.exec())
        return events;
    while (q.next()) {
        StageEvent e;
        e.id = q.value(0).toLongLong();
        e.applicationId = q.value(1).toLongLong();
        e.fromStage = q.value(2).toString();
        e.toStage = q.value(3).toString();
        e.changedOn = isoDate(q.value(4));
        events.append(e);
    }
    return events;
}

const QString selectEvents =
    QStringLiteral("SELECT id, application_id, from_stage, to_stage, changed_on FROM stage_event ");
} // namespace

ApplicationStore::ApplicationStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

namespace {
QVector<Application> readAll(Query& q)
{
    QVector<Application> apps;
    if (!q.exec())
        return apps;
    while (q.next())
        apps.append(readApplication(q));
    return apps;
}
} // namespace

QVector<Application> ApplicationStore::loadAll() const
{
    Query q(m_db, selectColumns + QStringLiteral(" ORDER BY id"));
    return readAll(q);
}

QVector<Application> ApplicationStore::followUpsDue(const QDate& before, int days, int limit,
                                                    int* total) const
{
    // FollowUpRule::dueDate in SQL, as two index ranges: a date set by hand
    // (application_follow_up), and an application still at "applied" whose
    // follow-up comes `days` after the day applied (application_applied).
    // Computing the due date of every open application and sorting them read
    // 11,000 of 20,000 rows at stress size on the first screen; each range
    // reads `limit` rows in order, and its count stays inside its index.
    // "> ''" leaves out NULL and empty text, as the rule leaves out no date.
    // The stage list is the partial index's WHERE, word for word (migration 7).
    const QString byHand = QStringLiteral(
        " FROM application WHERE follow_up_on > '' AND follow_up_on < ? "
        "AND stage NOT IN ('wishlist', 'accepted', 'rejected', 'ghosted', 'withdrawn')");
    // An applied_on SQLite cannot read as a date has no due date, as in the rule.
    const QString byRule = QStringLiteral(
        " FROM application WHERE stage = 'applied' AND applied_on > '' AND applied_on < ? "
        "AND (follow_up_on IS NULL OR follow_up_on = '') AND date(applied_on) IS NOT NULL");
    // A failed query answers "none due", never a count left from the caller's last call.
    if (total)
        *total = 0;
    const QVariant beforeValue = Query::dateValue(before);
    const QVariant appliedBefore = Query::dateValue(before.addDays(-days));
    Query setByHand(m_db, QStringLiteral("SELECT id, follow_up_on") + byHand +
                              QStringLiteral(" ORDER BY follow_up_on, id LIMIT ?"));
    setByHand.bindAll({beforeValue, limit});
    Query fromRule(m_db, QStringLiteral("SELECT id, date(applied_on, ?)") + byRule +
                             QStringLiteral(" ORDER BY applied_on, id LIMIT ?"));
    fromRule.bindAll({QString::asprintf("%+d days", days), appliedBefore, limit});
    // Both come in (due, id) order; merged, the first `limit` are the answer.
    QVector<std::pair<QString, qint64>> due;
    for (Query* q : {&setByHand, &fromRule}) {
        if (!q->exec())
            return {};
        while (q->next())
            due.append({q->value(1).toString(), q->value(0).toLongLong()});
    }
    std::sort(due.begin(), due.end());
    if (due.size() > limit)
        due.resize(limit);
    QVector<qint64> ids;
    ids.reserve(due.size());
    for (const auto& d : std::as_const(due))
        ids.append(d.second);
    if (total) {
        Query countByHand(m_db, QStringLiteral("SELECT count(*)") + byHand);
        countByHand.bind(beforeValue);
        Query countFromRule(m_db, QStringLiteral("SELECT count(*)") + byRule);
        countFromRule.bind(appliedBefore);
        for (Query* q : {&countByHand, &countFromRule}) {
            if (q->exec() && q->next())
                *total += q->value(0).toInt();
        }
    }
    if (ids.isEmpty())
        return {};
    Query rows(m_db, selectColumns + QStringLiteral(" WHERE id IN (%1)").arg(Query::idList(ids)));
    QHash<qint64, Application> byId;
    for (Application& a : readAll(rows))
        byId.insert(a.id, std::move(a));
    QVector<Application> result;
    result.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        if (byId.contains(id))
            result.append(byId.take(id));
    }
    return result;
}

bool ApplicationStore::load(qint64 id, Application* application) const
{
    Query q(m_db, selectColumns + QStringLiteral(" WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || !q.next())
        return false;
    *application = readApplication(q);
    return true;
}

ApplicationRecord ApplicationStore::loadRecord(qint64 id) const
{
    ApplicationRecord r;
    if (!load(id, &r.application))
        return r;
    Query c(m_db, QStringLiteral("SELECT name, role, email, phone FROM contact "
                                 "WHERE application_id = ? ORDER BY id"));
    c.bind(id);
    if (c.exec()) {
        while (c.next())
            r.contacts.append({c.value(0).toString(), c.value(1).toString(), c.value(2).toString(),
                               c.value(3).toString()});
    }
    Query i(m_db, QStringLiteral("SELECT kind, scheduled_on, outcome, notes, weak_topics "
                                 "FROM interview_round WHERE application_id = ? ORDER BY id"));
    i.bind(id);
    if (i.exec()) {
        while (i.next()) {
            InterviewRound round;
            round.kind = i.value(0).toString();
            round.setScheduled(i.value(1).toString());
            round.outcome = i.value(2).toString();
            round.notes = i.value(3).toString();
            round.weakTopics = i.value(4).toString();
            r.rounds.append(round);
        }
    }
    r.history = history(id);
    return r;
}

QVector<StageEvent> ApplicationStore::history(qint64 id) const
{
    Query q(m_db,
            selectEvents + QStringLiteral("WHERE application_id = ? ORDER BY changed_on, id"));
    q.bind(id);
    return readEvents(q);
}

QVector<StageEvent> ApplicationStore::allHistory() const
{
    Query q(m_db, selectEvents + QStringLiteral("ORDER BY application_id, changed_on, id"));
    return readEvents(q);
}

bool ApplicationStore::fail(const QString& error)
{
    m_error = error;
    return false;
}

qint64 ApplicationStore::insert(const Application& a, bool keepId)
{
    const QDate since = a.stageSince.isValid() ? a.stageSince : QDate::currentDate();
    Query q(m_db,
            QStringLiteral("INSERT INTO application(id, company, role, company_type, source, "
                           "location, remote, link, description, skills_asked, salary_advertised, "
                           "salary_expected, salary_offered, stage, stage_since, applied_on, "
                           "follow_up_on, notes) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({keepId ? QVariant(a.id) : QVariant(), a.company, a.role,
               a.companyType.isEmpty() ? QStringLiteral("other") : a.companyType, a.source,
               a.location, int(a.remote), a.link, a.description, a.skillsAsked,
               money(a.salaryAdvertised), money(a.salaryExpected), money(a.salaryOffered), a.stage,
               Query::dateValue(since), Query::dateValue(a.appliedOn),
               Query::dateValue(a.followUpOn), a.notes});
    if (!q.exec()) {
        m_error = q.errorString();
        return 0;
    }
    return q.lastInsertId();
}

bool ApplicationStore::insertEvent(qint64 applicationId, const QString& from, const QString& to,
                                   const QDate& day, qint64 keepId, qint64* eventId)
{
    Query e(m_db, QStringLiteral("INSERT INTO stage_event(id, application_id, from_stage, "
                                 "to_stage, changed_on) VALUES(?, ?, ?, ?, ?)"));
    e.bindAll({keepId ? QVariant(keepId) : QVariant(), applicationId,
               from.isEmpty() ? QVariant() : QVariant(from), to, Query::dateValue(day)});
    if (!e.exec())
        return fail(e.errorString());
    if (eventId)
        *eventId = e.lastInsertId();
    return true;
}

bool ApplicationStore::writeDetails(qint64 id, const QVector<Contact>& contacts,
                                    const QVector<InterviewRound>& rounds)
{
    Query dc(m_db, QStringLiteral("DELETE FROM contact WHERE application_id = ?"));
    dc.bind(id);
    Query dr(m_db, QStringLiteral("DELETE FROM interview_round WHERE application_id = ?"));
    dr.bind(id);
    if (!dc.exec() || !dr.exec())
        return fail(dc.errorString() + dr.errorString());
    for (const Contact& c : contacts) {
        Query q(m_db, QStringLiteral("INSERT INTO contact(application_id, name, role, email, "
                                     "phone) VALUES(?,?,?,?,?)"));
        q.bindAll({id, c.name, c.role, c.email, c.phone});
        if (!q.exec())
            return fail(q.errorString());
    }
    for (const InterviewRound& r : rounds) {
        Query q(m_db, QStringLiteral("INSERT INTO interview_round(application_id, kind, "
                                     "scheduled_on, outcome, notes, weak_topics) "
                                     "VALUES(?,?,?,?,?,?)"));
        q.bindAll({id, r.kind, r.scheduledValue(), r.outcome, r.notes, r.weakTopics});
        if (!q.exec())
            return fail(q.errorString());
    }
    return true;
}

qint64 ApplicationStore::add(const Application& a)
{
    Transaction tx(m_db);
    const qint64 id = insert(a, false);
    const QDate since = a.stageSince.isValid() ? a.stageSince : QDate::currentDate();
    if (id == 0 || !insertEvent(id, QString(), a.stage, since) || !tx.commit())
        return 0;
    announceInserted({id});
    return id;
}

bool ApplicationStore::addMany(const QVector<ApplicationRecord>& records, bool keepIds,
                               QVector<qint64>* newIds)
{
    Transaction tx(m_db);
    QVector<qint64> ids;
    for (const ApplicationRecord& r : records) {
        const qint64 id = insert(r.application, keepIds);
        if (id == 0)
            return false;
        ids.append(id);
        if (r.history.isEmpty()) {
            const QDate since = r.application.stageSince.isValid() ? r.application.stageSince
                                                                   : QDate::currentDate();
            if (!insertEvent(id, QString(), r.application.stage, since))
                return false;
        }
        for (const StageEvent& e : r.history) {
            if (!insertEvent(id, e.fromStage, e.toStage, e.changedOn, keepIds ? e.id : 0))
                return false;
        }
        if (!writeDetails(id, r.contacts, r.rounds))
            return false;
    }
    if (!tx.commit())
        return fail(tx.errorString());
    if (newIds)
        *newIds = ids;
    announceInserted(ids);
    return true;
}

bool ApplicationStore::updateMany(const QVector<ApplicationRecord>& records)
{
    Transaction tx(m_db);
    QVector<qint64> ids;
    for (const ApplicationRecord& record : records) {
        const Application& a = record.application;
        Query q(m_db,
                QStringLiteral("UPDATE application SET company = ?, role = ?, company_type = ?, "
                               "source = ?, location = ?, remote = ?, link = ?, description = ?, "
                               "skills_asked = ?, salary_advertised = ?, salary_expected = ?, "
                               "salary_offered = ?, applied_on = ?, follow_up_on = ?, notes = ? "
                               "WHERE id = ?"));
        q.bindAll({a.company, a.role, a.companyType, a.source, a.location, int(a.remote), a.link,
                   a.description, a.skillsAsked, money(a.salaryAdvertised), money(a.salaryExpected),
                   money(a.salaryOffered), Query::dateValue(a.appliedOn),
                   Query::dateValue(a.followUpOn), a.notes, a.id});
        if (!q.exec() || q.rowsAffected() != 1)
            return fail(q.errorString());
        if (!writeDetails(a.id, record.contacts, record.rounds))
            return false;
        ids.append(a.id);
    }
    if (!tx.commit())
        return fail(tx.errorString());
    announceChanged(ids);
    return true;
}

QVector<ApplicationStore::StageChange>
ApplicationStore::moveStages(const QVector<qint64>& ids, const QString& stage, const QDate& day)
{
    QVector<StageChange> changes;
    Transaction tx(m_db);
    for (qint64 id : ids) {
        Application a;
        if (!load(id, &a) || a.stage == stage)
            continue;
        StageChange change{id, 0, a.stage, a.stageSince};
        Query q(m_db, QStringLiteral("UPDATE application SET stage = ?, stage_since = ? "
                                     "WHERE id = ?"));
        q.bindAll({stage, Query::dateValue(day), id});
        if (!q.exec() || !insertEvent(id, a.stage, stage, day, 0, &change.eventId))
            return {};
        changes.append(change);
    }
    if (!tx.commit())
        return {};
    QVector<qint64> moved;
    for (const StageChange& c : changes)
        moved.append(c.applicationId);
    announceChanged(moved);
    return changes;
}

bool ApplicationStore::revertStages(const QVector<StageChange>& changes)
{
    Transaction tx(m_db);
    QVector<qint64> ids;
    for (const StageChange& c : changes) {
        Query q(m_db, QStringLiteral("UPDATE application SET stage = ?, stage_since = ? "
                                     "WHERE id = ?"));
        q.bindAll({c.fromStage, Query::dateValue(c.fromSince), c.applicationId});
        Query e(m_db, QStringLiteral("DELETE FROM stage_event WHERE id = ?"));
        e.bind(c.eventId);
        if (!q.exec() || !e.exec())
            return fail(q.errorString() + e.errorString());
        ids.append(c.applicationId);
    }
    if (!tx.commit())
        return fail(tx.errorString());
    announceChanged(ids);
    return true;
}

bool ApplicationStore::remove(qint64 id)
{
    return removeMany({id});
}

bool ApplicationStore::removeMany(const QVector<qint64>& ids)
{
    Transaction tx(m_db);
    for (qint64 id : ids) {
        // Contacts, rounds and stage events go with it (ON DELETE CASCADE).
        Query q(m_db, QStringLiteral("DELETE FROM application WHERE id = ?"));
        q.bind(id);
        if (!q.exec() || q.rowsAffected() != 1)
            return fail(q.errorString());
    }
    if (!tx.commit())
        return fail(tx.errorString());
    announceRemoved(ids);
    return true;
}

int ApplicationStore::total() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM application"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QVector<ApplicationStore::ScheduledRound> ApplicationStore::roundsBetween(const QDate& from,
                                                                          const QDate& to) const
{
    QVector<ScheduledRound> rounds;
    // The column may hold a date or a date and time; the day is its first ten characters.
    Query q(m_db, QStringLiteral("SELECT r.application_id, a.company, a.role, r.kind, "
                                 "r.scheduled_on, r.outcome FROM interview_round r "
                                 "JOIN application a ON a.id = r.application_id "
                                 "WHERE substr(r.scheduled_on, 1, 10) BETWEEN ? AND ? "
                                 "AND r.outcome = 'pending' ORDER BY r.scheduled_on, r.id"));
    q.bindAll({Query::dateValue(from), Query::dateValue(to)});
    if (q.exec()) {
        while (q.next()) {
            ScheduledRound s;
            s.applicationId = q.value(0).toLongLong();
            s.company = q.value(1).toString();
            s.role = q.value(2).toString();
            s.round.kind = q.value(3).toString();
            s.round.date = isoDate(q.value(4).toString().left(10));
            s.round.outcome = q.value(5).toString();
            rounds.append(s);
        }
    }
    return rounds;
}

int ApplicationStore::countAppliedOn(const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM application WHERE applied_on = ?"));
    q.bind(Query::dateValue(day));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<QDate, int> ApplicationStore::countsAppliedBetween(const QDate& from, const QDate& to) const
{
    QMap<QDate, int> counts;
    Query q(m_db, QStringLiteral("SELECT applied_on, count(*) FROM application "
                                 "WHERE applied_on BETWEEN ? AND ? GROUP BY applied_on"));
    q.bindAll({Query::dateValue(from), Query::dateValue(to)});
    if (q.exec()) {
        while (q.next())
            counts.insert(isoDate(q.value(0)), q.value(1).toInt());
    }
    return counts;
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
