#include "ReminderStore.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace {
QVariant utcValue(const QDateTime& when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime readUtc(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}
} // namespace

ReminderStore::ReminderStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

bool ReminderStore::ensureDefaults()
{
    // A kind without a row reads as its default, which is all a read-only file needs.
    if (m_db.isReadOnly())
        return true;
    // Read first: every start-up asks, and the rows are almost always there,
    // so a start writes nothing (each INSERT OR IGNORE was a write transaction).
    QSet<QString> present;
    Query existing(m_db, QStringLiteral("SELECT kind FROM reminder"));
    if (!existing.exec())
        return false;
    while (existing.next())
        present.insert(existing.value(0).toString());
    QVector<Reminder::Kind> missing;
    for (Reminder::Kind kind : Reminder::allKinds()) {
        if (!present.contains(Reminder::key(kind)))
            missing.append(kind);
    }
    if (missing.isEmpty())
        return true;
    Transaction transaction(m_db);
    for (Reminder::Kind kind : std::as_const(missing)) {
        Query q(m_db,
                QStringLiteral("INSERT OR IGNORE INTO reminder(kind, schedule) VALUES(?, ?)"));
        q.bindAll({Reminder::key(kind), Reminder::defaultSchedule(kind).toString()});
        if (!q.exec())
            return false;
    }
    return transaction.commit();
}

QVector<Reminder> ReminderStore::loadAll() const
{
    // One statement for every kind: the window's start reads them all, and
    // each statement cost more to prepare than to run.
    const QList<Reminder::Kind> kinds = Reminder::allKinds();
    QHash<QString, Reminder> byKey;
    for (Reminder::Kind kind : kinds)
        byKey.insert(Reminder::key(kind), withDefaults(kind));
    Query q(m_db, QStringLiteral("SELECT kind, enabled, schedule, last_fired, snoozed_until "
                                 "FROM reminder"));
    if (q.exec()) {
        while (q.next()) {
            // A kind this version does not know (a newer one wrote it) is left alone.
            const auto known = byKey.find(q.value(0).toString());
            if (known != byKey.end())
                readRow(q, 1, &known.value());
        }
    }
    QVector<Reminder> all;
    for (Reminder::Kind kind : kinds)
        all.append(withUnsaved(byKey.value(Reminder::key(kind))));
    return all;
}

Reminder ReminderStore::load(Reminder::Kind kind) const
{
    Reminder r = withDefaults(kind);
    Query q(m_db, QStringLiteral("SELECT enabled, schedule, last_fired, snoozed_until "
                                 "FROM reminder WHERE kind = ?"));
    q.bind(Reminder::key(kind));
    if (q.exec() && q.next())
        readRow(q, 0, &r);
    return withUnsaved(r);
}

Reminder ReminderStore::withDefaults(Reminder::Kind kind)
{
    Reminder r;
    r.kind = kind;
    r.schedule = Reminder::defaultSchedule(kind);
    return r;
}

void ReminderStore::readRow(const Query& q, int first, Reminder* r)
{
    r->enabled = q.value(first).toInt() != 0;
    // A schedule edited into nonsense by hand falls back to the default
    // rather than silencing the reminder.
    const ReminderSchedule stored = ReminderSchedule::parse(q.value(first + 1).toString());
    if (stored.isValid())
        r->schedule = stored;
    r->lastFired = readUtc(q.value(first + 2));
    r->snoozedUntil = readUtc(q.value(first + 3));
}

Reminder ReminderStore::withUnsaved(Reminder r) const
{
    const auto unsaved = m_unsaved.constFind(r.kind);
    if (unsaved != m_unsaved.constEnd()) {
        r.lastFired = unsaved->lastFired;
        r.snoozedUntil = unsaved->snoozedUntil;
    }
    return r;
}

bool ReminderStore::setSettings(Reminder::Kind kind, bool enabled, const ReminderSchedule& schedule)
{
    Query q(m_db, QStringLiteral("INSERT INTO reminder(kind, enabled, schedule) VALUES(?, ?, ?) "
                                 "ON CONFLICT(kind) DO UPDATE SET enabled = excluded.enabled, "
                                 "schedule = excluded.schedule"));
    q.bindAll({Reminder::key(kind), enabled ? 1 : 0, schedule.toString()});
    if (!q.exec())
        return false;
    announceChanged({qint64(kind)});
    return true;
}

bool ReminderStore::setLastFired(Reminder::Kind kind, const QDateTime& when)
{
    if (m_db.isReadOnly()) {
        m_unsaved[kind] = {when, QDateTime()};
        return true;
    }
    Query q(m_db, QStringLiteral("UPDATE reminder SET last_fired = ?, snoozed_until = NULL "
                                 "WHERE kind = ?"));
    q.bindAll({utcValue(when), Reminder::key(kind)});
    return q.exec();
}

bool ReminderStore::setSnoozedUntil(Reminder::Kind kind, const QDateTime& until)
{
    if (m_db.isReadOnly()) {
        if (!m_unsaved.contains(kind))
            m_unsaved[kind].lastFired = load(kind).lastFired;
        m_unsaved[kind].snoozedUntil = until;
        return true;
    }
    Query q(m_db, QStringLiteral("UPDATE reminder SET snoozed_until = ? WHERE kind = ?"));
    q.bindAll({utcValue(until), Reminder::key(kind)});
    return q.exec();
}
