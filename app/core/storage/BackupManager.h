#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

class Database;

// Copies of the planner's file: made with VACUUM INTO (a consistent copy even
// while the WAL holds recent commits, never a raw copy of a live file), kept in
// a folder beside the database, readable by the owner only. Daily copies roll
// over; a copy is also made before every re-import and every restore.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    struct Backup
    {
        QString path;
        QDateTime created; // local time, from the file name
        QString reason;    // "daily", "manual", "before-import", "before-restore"
        qint64 size = 0;
    };

    explicit BackupManager(Database& db, const QString& folder = {});

    // The folder: "<database>.backups" beside the file unless given.
    QString folder() const { return m_folder; }
    static constexpr int KeepDaily = 7;

    // Writes a copy now; returns its path, or empty with errorString() set.
    QString backUp(const QString& reason);
    // A daily copy when none was made today; old daily copies beyond KeepDaily go.
    bool backUpDailyIfDue();
    QVector<Backup> list() const;
    // Replaces the contents of the open database with the backup's, in one
    // transaction, after saving the current state as a "before-restore" copy
    // (so the restore itself can be undone by restoring that copy).
    bool restore(const QString& backupPath, QString* savedCurrent = nullptr);

    QString errorString() const { return m_error; }

    // For a file that cannot be opened at all: sets it aside (renamed, never
    // deleted) and puts a copy of the backup in its place. Returns the name
    // the damaged file now has, or empty with *error set.
    static QString replaceFileWithBackup(const QString& databasePath, const QString& backupPath,
                                         QString* error);
    // Backups beside a database that may not be openable.
    static QVector<Backup> listFor(const QString& databasePath);

private:
    static QVector<Backup> listFor(const QString& databasePath, const QString& folder);
    bool fail(const QString& message);
    void prune();
    void removeLeftovers();

    Database& m_db;
    QString m_folder;
    QString m_error;
};
