#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite file: opened with the pragmas the planner relies on, checked before
// anything is written to it, and migrated to the current schema step by step.
class Database
{
public:
    // The schema this build writes. Each step lives in resources/migrations/NNN_*.sql.
    static constexpr int SchemaVersion = 7;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Check
    {
        // quick_check before anything else: the command line, tests, restores.
        BeforeOpening,
        // A window's start-up: a file already at the current schema is opened
        // without it, and the caller runs IntegrityCheck after the first paint.
        // A file that needs an upgrade is always checked first.
        AfterFirstPaint
    };

    enum class Access
    {
        // Refuses a file that cannot be written: every command that writes.
        Write,
        // A file on a read-only disk, in a folder that cannot be written or
        // without write permission is opened read-only instead: the window,
        // and commands that only read.
        WriteOrRead,
        // Read-only whatever the file allows (--read-only).
        Read
    };

    // Opens (or creates) the file. On failure returns false, leaves the file as
    // it was, and errorString() names the file and the reason.
    bool open(const QString& path, Check check = Check::BeforeOpening,
              Access access = Access::Write);
    // Opens an existing file read-only, without checks or migrations: for a
    // worker thread that reads beside the window's connection (a connection
    // belongs to the thread that opened it).
    bool openForReading(const QString& path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    // True when the file was opened read-only: SQLite refuses every write, and
    // EditStack refuses every edit before it runs.
    bool isReadOnly() const { return m_readOnly; }
    // Why, for the window's banner: "on request" or "cannot be written".
    bool readOnlyOnRequest() const { return m_readOnlyOnRequest; }
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // True when open() created the file, so the caller can seed it.
    bool wasCreated() const { return m_created; }
    // True when open() left quick_check to the caller (Check::AfterFirstPaint).
    bool checkDeferred() const { return m_checkDeferred; }
    int schemaVersion() const;
    // The backup taken before the last migration, empty when none was needed.
    QString lastMigrationBackup() const { return m_migrationBackup; }

    // The text of the last failed statement's error ("database or disk is full"),
    // for messages that say why an operation was refused.
    QString lastSqlError() const { return m_lastSqlError; }
    void noteSqlError(const QString& error) const
    {
        m_lastSqlError = error;
        ++m_failedStatements;
    }
    // How many statements have failed on this connection, so a caller can tell
    // whether the writes of one step all went through.
    int failedStatements() const { return m_failedStatements; }

    // Changes whenever the connection is closed or reopened, so a store can tell
    // that a statement it kept prepared belongs to a connection that is gone.
    int generation() const { return m_generation; }

    // Depth of open Transaction guards; the outermost one begins and commits.
    int transactionDepth() const { return m_transactionDepth; }

    // A consistent copy of the open file at `target` (VACUUM INTO, so recent
    // commits still in the WAL are included). Written under a ".part" name and
    // renamed when complete, so a crash or a full disk never leaves a file under
    // the target's name that looks like a copy but is not. On failure returns
    // false, removes what it wrote and sets *error to SQLite's reason.
    bool copyTo(const QString& target, QString* error) const;
    static QString partialSuffix() { return QStringLiteral(".part"); }

    // The default location of the planner's file on this platform.
    static QString defaultPath();

private:
    friend class Transaction;
    bool checkExistingFile(const QString& path, Access access);
    bool connect(bool readOnly);
    bool createEmptyFile(const QString& path);
    bool checkIntegrity();
    bool checkVersion(int* version);
    bool applyPragmas();
    bool migrate(int fromVersion);
    bool backupBeforeMigration(int fromVersion);
    bool runStep(int step);
    bool fail(const QString& reason);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_migrationBackup;
    bool m_created = false;
    bool m_checkDeferred = false;
    bool m_readOnly = false;
    bool m_readOnlyOnRequest = false;
    int m_transactionDepth = 0;
    int m_generation = 0;
    mutable QString m_lastSqlError;
    mutable int m_failedStatements = 0;
};
