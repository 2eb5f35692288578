#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class Database;

// Everything an import of a plan changes — the plan tree, topic targets,
// milestones and their skill targets, the plan's settings — copied into memory
// so that the import can be undone exactly, in one transaction.
class PlanSnapshot
{
public:
    static PlanSnapshot take(const Database& db);
    bool restore(Database& db) const;
    bool isEmpty() const { return m_tables.isEmpty(); }

private:
    struct Table
    {
        QString name;
        QString key; // the columns of its primary key
        QStringList columns;
        QVector<QVariantList> rows;
    };
    static Table read(const Database& db, const QString& name, const QString& key,
                      const QString& where = {});
    static bool write(Database& db, const Table& table);
    bool removeSkillsNotIn(Database& db) const;

    QVector<Table> m_tables;
};
