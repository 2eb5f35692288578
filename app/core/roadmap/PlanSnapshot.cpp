#include "PlanSnapshot.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QSqlRecord>

namespace {
// Settings an import writes; others (the user's preferences) are left alone.
const QString planSettings = QStringLiteral("key LIKE 'plan.%' OR key LIKE 'goal.%'");
} // namespace

PlanSnapshot::Table PlanSnapshot::read(const Database& db, const QString& name, const QString& key,
                                       const QString& where)
{
    Table table;
    table.name = name;
    table.key = key;
    // Table names and conditions are fixed in this file; no user text reaches them.
    Query q(db, QStringLiteral("SELECT * FROM %1%2")
                    .arg(name, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!q.exec())
        return table;
    bool first = true;
    while (q.next()) {
        const QSqlRecord record = q.record();
        if (first) {
            for (int c = 0; c < record.count(); ++c)
                table.columns.append(record.fieldName(c));
            first = false;
        }
        QVariantList row;
        for (int c = 0; c < record.count(); ++c)
            row.append(record.value(c));
        table.rows.append(row);
    }
    return table;
}

PlanSnapshot PlanSnapshot::take(const Database& db)
{
    PlanSnapshot s;
    const QString id = QStringLiteral("id");
    s.m_tables = {
        read(db, QStringLiteral("roadmap_node"), id), read(db, QStringLiteral("topic"), id),
        read(db, QStringLiteral("milestone"), id),
        read(db, QStringLiteral("skill_target"), QStringLiteral("skill_id, milestone_id")),
        read(db, QStringLiteral("setting"), QStringLiteral("key"), planSettings),
        // An import may add skills (from the plan's bars); the user's own stay.
        read(db, QStringLiteral("skill"), id)};
    return s;
}

bool PlanSnapshot::removeSkillsNotIn(Database& db) const
{
    // Skills the import added go again (with their targets, by cascade); the
    // ids are integers read from the file, so they are formatted, not bound.
    QStringList keep;
    for (const Table& table : m_tables) {
        if (table.name != QLatin1String("skill"))
            continue;
        const int idColumn = int(table.columns.indexOf(QStringLiteral("id")));
        for (const QVariantList& row : table.rows)
            keep.append(QString::number(row.value(idColumn).toLongLong()));
    }
    return Query(
               db,
               keep.isEmpty()
                   ? QStringLiteral("DELETE FROM skill")
                   : QStringLiteral("DELETE FROM skill WHERE id NOT IN (%1)").arg(keep.join(u',')))
        .exec();
}

bool PlanSnapshot::write(Database& db, const Table& table)
{
    if (table.rows.isEmpty())
        return true;
    QStringList marks;
    for (int i = 0; i < table.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QStringList updates;
    for (const QString& column : table.columns)
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    // Rows that still exist (topics, which are never deleted because their
    // problems hang on them) are updated in place; the rest are inserted.
    const QString sql =
        QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) DO UPDATE SET %5")
            .arg(table.name, table.columns.join(u','), marks.join(u','), table.key,
                 updates.join(u','));
    for (const QVariantList& row : table.rows) {
        Query q(db, sql);
        for (const QVariant& v : row)
            q.bind(v.isNull() ? QVariant() : v);
        if (!q.exec()) {
            qWarning("PlanSnapshot: cannot restore %s: %s", qPrintable(table.name),
                     qPrintable(q.errorString()));
            return false;
        }
    }
    return true;
}

bool PlanSnapshot::restore(Database& db) const
{
    Transaction tx(db);
    if (!tx.isActive())
        return false;
    const QStringList clear = {
        // Foreign keys are checked at commit: a node moved under one created after
        // it comes back before its parent does.
        QStringLiteral("PRAGMA defer_foreign_keys = ON"),
        QStringLiteral("DELETE FROM roadmap_node"),
        QStringLiteral("UPDATE topic SET target_count = 0, roadmap_node_id = NULL"),
        QStringLiteral("DELETE FROM milestone"), // and their skill targets, by cascade
        QStringLiteral("DELETE FROM setting WHERE ") + planSettings,
    };
    for (const QString& sql : clear) {
        if (!Query(db, sql).exec())
            return false;
    }
    if (!removeSkillsNotIn(db))
        return false;
    for (const Table& table : m_tables) {
        if (!write(db, table))
            return false;
    }
    return tx.commit();
}
