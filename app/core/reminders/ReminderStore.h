#pragma once

#include "core/reminders/Reminder.h"
#include "core/storage/ChangeNotifier.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

class Database;
class Query;

// Reads and writes the reminder table. Times are stored in UTC (ISO 8601), so
// a restart, a time-zone change or a daylight-saving jump reads them back as
// the same instants.
class ReminderStore : public ChangeNotifier
{
    Q_OBJECT
public:
    explicit ReminderStore(Database& db, QObject* parent = nullptr);

    // Adds the rows of kinds a database does not have yet (migration 002 only
    // knew six), leaving the user's rows alone.
    bool ensureDefaults();
    QVector<Reminder> loadAll() const;
    Reminder load(Reminder::Kind kind) const;
    // The user's choice: on/off and schedule.
    bool setSettings(Reminder::Kind kind, bool enabled, const ReminderSchedule& schedule);
    bool setLastFired(Reminder::Kind kind, const QDateTime& when);
    bool setSnoozedUntil(Reminder::Kind kind, const QDateTime& until);

private:
    static Reminder withDefaults(Reminder::Kind kind);
    // Enabled, schedule, last fired and snoozed until, from column `first` on.
    static void readRow(const Query& q, int first, Reminder* r);
    Reminder withUnsaved(Reminder r) const;

    Database& m_db;
    // On a file open read-only the reminders still fire and snooze; what they
    // would write is kept here for the session instead.
    struct Moment
    {
        QDateTime lastFired;
        QDateTime snoozedUntil;
    };
    QHash<Reminder::Kind, Moment> m_unsaved;
};
