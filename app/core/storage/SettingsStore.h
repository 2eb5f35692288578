#pragma once

#include <QObject>
#include <QString>

class Database;

// Plan-level settings that travel with the database file (the plan's start date,
// the daily application goal), as opposed to QSettings, which hold per-machine
// window state.
class SettingsStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString PlanStart = QStringLiteral("plan.start");
    static inline const QString PlanTitle = QStringLiteral("plan.title");
    // Text before the plan's first heading, kept for export.
    static inline const QString PlanPreamble = QStringLiteral("plan.preamble");
    // Set once a plan (the built-in one or the user's) has been written into the file;
    // the built-in plan seeds only a file without it, whatever the plan's item count.
    static inline const QString PlanInitialised = QStringLiteral("plan.initialised");
    static inline const QString DailyGoalMin = QStringLiteral("goal.daily_min");
    static inline const QString DailyGoalMax = QStringLiteral("goal.daily_max");

    explicit SettingsStore(Database& db, QObject* parent = nullptr);

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    bool setValue(const QString& key, const QString& value);
    // Whether the file holds the key at all (an empty value is still a value).
    bool contains(const QString& key) const;
    // Takes the key out, so its readers fall back to their defaults again.
    bool remove(const QString& key);

signals:
    void changed(const QString& key);

private:
    Database& m_db;
};
