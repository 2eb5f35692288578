#include "BackupManager.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
// planner-20260315-213000-123-daily.sqlite
const QRegularExpression
    backupName(QStringLiteral(R"(^planner-(\d{8}-\d{6}-\d{3})-([a-z-]+)\.sqlite$)"));
} // namespace

BackupManager::BackupManager(Database& db, const QString& folder)
    : m_db(db)
    , m_folder(folder.isEmpty() ? db.path() + QStringLiteral(".backups") : folder)
{}

bool BackupManager::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString BackupManager::backUp(const QString& reason)
{
    QDir dir(m_folder);
    if (!dir.exists() && !QDir().mkpath(m_folder)) {
        fail(tr("The backup folder %1 cannot be created; check that its parent folder is "
                "writable, or free some space.")
                 .arg(QDir::toNativeSeparators(m_folder)));
        return {};
    }
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString target =
        dir.filePath(QStringLiteral("planner-%1-%2.sqlite")
                         .arg(QDateTime::currentDateTime().toString(stampFormat), reason));
    removeLeftovers();
    QString error;
    if (!m_db.copyTo(target, &error)) {
        fail(tr("The backup %1 could not be written (%2). Your data is unchanged; check the "
                "folder's permissions and free space.")
                 .arg(QDir::toNativeSeparators(target), error));
        return {};
    }
    if (reason == QLatin1String("daily"))
        prune();
    return target;
}

bool BackupManager::backUpDailyIfDue()
{
    // A read-only file cannot change, so yesterday's copy still holds it all.
    if (m_db.isReadOnly())
        return true;
    const QDate today = QDate::currentDate();
    for (const Backup& b : list()) {
        if (b.reason == QLatin1String("daily") && b.created.date() == today)
            return true;
    }
    return !backUp(QStringLiteral("daily")).isEmpty();
}

QVector<BackupManager::Backup> BackupManager::list() const
{
    return listFor(m_db.path(), m_folder);
}

QVector<BackupManager::Backup> BackupManager::listFor(const QString& databasePath)
{
    return listFor(databasePath, databasePath + QStringLiteral(".backups"));
}

QVector<BackupManager::Backup> BackupManager::listFor(const QString&, const QString& folder)
{
    QVector<Backup> backups;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("planner-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files) {
        const auto m = backupName.match(f.fileName());
        if (!m.hasMatch())
            continue;
        backups.append({f.absoluteFilePath(), QDateTime::fromString(m.captured(1), stampFormat),
                        m.captured(2), f.size()});
    }
    // Newest first.
    std::reverse(backups.begin(), backups.end());
    return backups;
}

void BackupManager::removeLeftovers()
{
    // A copy that was being written when the planner was killed; never listed.
    const QStringList partial = QDir(m_folder).entryList(
        {QStringLiteral("planner-*.sqlite") + Database::partialSuffix()}, QDir::Files);
    for (const QString& name : partial)
        QFile::remove(QDir(m_folder).filePath(name));
}

void BackupManager::prune()
{
    int daily = 0;
    for (const Backup& b : list()) {
        if (b.reason == QLatin1String("daily") && ++daily > KeepDaily)
            QFile::remove(b.path);
    }
}

QString BackupManager::replaceFileWithBackup(const QString& databasePath, const QString& backupPath,
                                             QString* error)
{
    const QString aside = databasePath + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        *error = tr("%1 could not be set aside; nothing was changed.")
                     .arg(QDir::toNativeSeparators(databasePath));
        return {};
    }
    for (const char* suffix : {"-wal", "-shm"})
        QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    if (!QFile::copy(backupPath, databasePath)) {
        QFile::rename(aside, databasePath); // put the user's file back
        *error = tr("%1 could not be copied into place; nothing was changed.")
                     .arg(QDir::toNativeSeparators(backupPath));
        return {};
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

bool BackupManager::restore(const QString& backupPath, QString* savedCurrent)
{
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("%1: no such backup").arg(QDir::toNativeSeparators(backupPath)));
    // Bring the copy to the current schema first, on a scratch copy of it, so
    // an old backup never changes and never needs the user to upgrade it by hand.
    QTemporaryDir scratch;
    const QString staged = scratch.filePath(QStringLiteral("restore.sqlite"));
    if (!scratch.isValid() || !QFile::copy(backupPath, staged))
        return fail(tr("%1 could not be read").arg(QDir::toNativeSeparators(backupPath)));
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database copy;
        if (!copy.open(staged))
            return fail(tr("%1 cannot be restored: %2")
                            .arg(QDir::toNativeSeparators(backupPath), copy.errorString()));
        QSqlQuery checkpoint(copy.connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    const QString before = backUp(QStringLiteral("before-restore"));
    if (before.isEmpty())
        return false;
    if (savedCurrent)
        *savedCurrent = before;

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
    q.addBindValue(staged);
    if (!q.exec())
        return fail(q.lastError().text());
    bool ok = false;
    {
        Transaction tx(m_db);
        // Foreign keys are checked at commit, so tables can be refilled in any order.
        ok = tx.isActive() &&
             QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        QStringList tables;
        QSqlQuery names(m_db.connection());
        ok = ok &&
             names.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'"));
        while (ok && names.next())
            tables.append(names.value(0).toString());
        QSqlQuery copy(m_db.connection());
        for (const QString& table : std::as_const(tables)) {
            // Table names come from the database's own schema, not from user input.
            ok = ok && copy.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table)) &&
                 copy.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM restored.\"%1\"")
                               .arg(table));
            if (!ok)
                m_error = tr("%1 cannot be restored (%2); nothing was changed.")
                              .arg(QDir::toNativeSeparators(backupPath), copy.lastError().text());
        }
        ok = ok && tx.commit();
    }
    QSqlQuery(m_db.connection()).exec(QStringLiteral("DETACH DATABASE restored"));
    return ok;
}
