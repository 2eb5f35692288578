#include "Database.h"

#include "core/storage/IntegrityCheck.h"
#include "core/storage/SqlScript.h"
#include "core/storage/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {
QAtomicInt connectionCounter;

// The first 16 bytes of every SQLite 3 database file.
const QByteArray sqliteHeader("SQLite format 3\0", 16);
} // namespace

Database::Database()
    : m_connectionName(
          QStringLiteral("planner-%1").arg(connectionCounter.fetchAndAddRelaxed(1) + 1))
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("planner.sqlite"));
}

bool Database::fail(const QString& reason)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    if (m_db.isOpen())
        m_db.close();
    return false;
}

bool Database::open(const QString& path, Check check, Access access)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_error.clear();
    m_migrationBackup.clear();
    m_created = false;
    m_checkDeferred = false;
    m_readOnly = access == Access::Read;
    m_readOnlyOnRequest = m_readOnly;

    const QFileInfo info(m_path);
    if (info.exists()) {
        if (!checkExistingFile(m_path, access))
            return false;
    } else if (access == Access::Read) {
        return fail(QCoreApplication::translate("Database", "does not exist"));
    } else if (!createEmptyFile(m_path)) {
        return false;
    }

    if (!connect(m_readOnly)) {
        if (m_created)
            QFile::remove(m_path);
        return false;
    }

    int version = 0;
    const bool deferrable = check == Check::AfterFirstPaint && !m_created;
    bool sound = (deferrable || checkIntegrity()) && checkVersion(&version);
    // An upgrade writes to every table, so a file about to be migrated is
    // checked before, whatever the caller asked.
    m_checkDeferred = sound && deferrable && version == SchemaVersion;
    if (sound && deferrable && !m_checkDeferred)
        sound = checkIntegrity();
    if (sound && m_readOnly && version != SchemaVersion)
        sound = fail(version == 0
                         ? QCoreApplication::translate("Database",
                                                       "is empty and cannot be written, so there "
                                                       "is no plan to show")
                         : QCoreApplication::translate(
                               "Database",
                               "was written by an older version of Roadmap Planner and must be "
                               "upgraded, which writes to it, but it is open read-only; copy it "
                               "to a folder you can write to and open the copy"));
    if (!sound || !applyPragmas() || !migrate(version)) {
        m_db.close();
        if (m_created) {
            // Nothing of the user's was in a file we created ourselves.
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
        }
        return false;
    }
    return true;
}

bool Database::openForReading(const QString& path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_error.clear();
    m_created = false;
    m_checkDeferred = false;
    m_readOnly = true;
    return connect(true);
}

bool Database::connect(bool readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!readOnly) {
        m_db.setDatabaseName(m_path);
        // A second process writing at the same moment waits instead of failing.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (m_db.open())
            return true;
        return fail(QCoreApplication::translate("Database", "cannot be opened (%1)")
                        .arg(m_db.lastError().text()));
    }
    // Read-only by URI. mode=ro sees what other connections write; a WAL file
    // needs its -shm index beside it, which a read-only disk or folder cannot
    // hold, so immutable=1 (SQLite reads the file as it is, no index) comes
    // second — only when no journal holds changes the file itself lacks.
    const QString uri = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded);
    const QFileInfo journal(m_path + QStringLiteral("-wal"));
    QStringList modes = {QStringLiteral("mode=ro")};
    if (!journal.exists() || journal.size() == 0)
        modes << QStringLiteral("immutable=1");
    QString reason;
    for (const QString& mode : modes) {
        m_db.setDatabaseName(uri + QLatin1Char('?') + mode);
        m_db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (m_db.open()) {
            // Opening reads nothing; the first read is what needs the index.
            QSqlQuery probe(m_db);
            if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
                return true;
            reason = probe.lastError().text();
            probe = QSqlQuery();
            m_db.close();
        } else {
            reason = m_db.lastError().text();
        }
    }
    return fail(QCoreApplication::translate("Database", "cannot be opened (%1)").arg(reason));
}

void Database::close()
{
    ++m_generation;
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
}

bool Database::checkExistingFile(const QString& path, Access access)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QCoreApplication::translate("Database", "is a directory, not a database file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("Database", "cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(sqliteHeader.size());
    file.close();
    // SQLite treats an empty file as a new database, and so do we.
    if (!head.isEmpty() && head != sqliteHeader)
        return fail(QCoreApplication::translate(
            "Database", "is not a Roadmap Planner database (not an SQLite file); it was left "
                        "unchanged"));
    // SQLite writes its journal beside the file, so a folder that cannot be
    // written makes the file read-only too.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (writable || access == Access::Read)
        return true;
    if (access == Access::Write)
        return fail(QCoreApplication::translate(
            "Database", "is read-only; make it writable or choose another file with --database"));
    m_readOnly = true;
    return true;
}

bool Database::createEmptyFile(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists())
        return fail(QCoreApplication::translate("Database", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (!dir.isDir())
        return fail(QCoreApplication::translate("Database", "%1 is not a folder")
                        .arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    QFile file(path);
    // Owner-only: the file holds a person's career record.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QCoreApplication::translate("Database", "cannot be created (%1)")
                        .arg(file.errorString()));
    file.close();
    m_created = true;
    return true;
}

bool Database::checkIntegrity()
{
    QStringList problems;
    QString error;
    if (!IntegrityCheck::run(m_db, &problems, &error))
        return fail(QCoreApplication::translate("Database", "is damaged or not a database (%1); "
                                                            "it was left unchanged")
                        .arg(error));
    if (!problems.isEmpty())
        return fail(QCoreApplication::translate(
                        "Database", "failed the integrity check (%1); it was left unchanged")
                        .arg(problems.join(QStringLiteral("; "))));
    return true;
}

bool Database::checkVersion(int* version)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(QCoreApplication::translate("Database", "cannot read the schema version (%1)")
                        .arg(query.lastError().text()));
    *version = query.value(0).toInt();
    if (*version > SchemaVersion)
        return fail(QCoreApplication::translate(
                        "Database", "was written by a newer version of Roadmap Planner (schema %1, "
                                    "this version understands up to %2); it was left unchanged")
                        .arg(*version)
                        .arg(SchemaVersion));
    if (*version == 0 && !m_created) {
        // An SQLite file of some other program must not be taken over.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
            return fail(query.lastError().text());
        if (query.value(0).toInt() > 0)
            return fail(QCoreApplication::translate(
                "Database", "is an SQLite file of another program, not a Roadmap Planner "
                            "database; it was left unchanged"));
    }
    return true;
}

bool Database::applyPragmas()
{
    QSqlQuery query(m_db);
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys=ON")};
    // The journal mode is written into the file, so a read-only one keeps its own.
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL")
                // NORMAL in WAL mode survives a crash of the program; a power
                // cut may lose the last commit but never corrupts the file.
                << QStringLiteral("PRAGMA synchronous=NORMAL");
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(QCoreApplication::translate("Database", "cannot be configured (%1)")
                            .arg(query.lastError().text()));
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(int fromVersion)
{
    if (fromVersion == SchemaVersion)
        return true;
    if (fromVersion > 0 && !backupBeforeMigration(fromVersion))
        return false;
    // The whole upgrade is one transaction (each step a savepoint inside it): a
    // crash half-way leaves the file at the version it had, never in between.
    Transaction upgrade(*this);
    if (!upgrade.isActive())
        return fail(upgrade.errorString());
    for (int step = fromVersion + 1; step <= SchemaVersion; ++step) {
        if (!runStep(step))
            return false;
    }
    if (!upgrade.commit())
        return fail(upgrade.errorString());
    return true;
}

bool Database::copyTo(const QString& target, QString* error) const
{
    const QString partial = target + partialSuffix();
    QFile::remove(partial);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        *error = query.lastError().text();
        QFile::remove(partial);
        return false;
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        *error = QCoreApplication::translate("Database", "%1 could not be renamed to %2")
                     .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(target));
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool Database::backupBeforeMigration(int fromVersion)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target =
        QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    QString error;
    if (!copyTo(target, &error))
        return fail(QCoreApplication::translate(
                        "Database", "cannot be backed up before upgrading to %1 (%2); the file "
                                    "was left unchanged")
                        .arg(QDir::toNativeSeparators(target), error));
    m_migrationBackup = target;
    return true;
}

bool Database::runStep(int step)
{
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(step, 3, 10, QLatin1Char('0'))});
    if (files.size() != 1)
        return fail(
            QCoreApplication::translate("Database", "migration step %1 is missing").arg(step));
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QString script = QString::fromUtf8(file.readAll());

    Transaction transaction(*this);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    QSqlQuery query(m_db);
    const QStringList statements = SqlScript::split(script);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return fail(QCoreApplication::translate("Database",
                                                    "migration step %1 failed (%2); the file "
                                                    "was left unchanged")
                            .arg(step)
                            .arg(query.lastError().text()));
    }
    // PRAGMA cannot take a bound value; step is an integer we control.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step)))
        return fail(query.lastError().text());
    if (!transaction.commit())
        return fail(transaction.errorString());
    return true;
}
