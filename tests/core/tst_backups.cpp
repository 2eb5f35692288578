#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backUpMakesAReadableOwnerOnlyCopy();
    void dailyBackupsRollOver();
    void restoreBringsBackStateAndIsUndoable();
    void restoreOlderSchemaBackup();
    void unwritableBackupFolderKeepsData();
    void damagedFileReplacedByBackup();
    void diskFullDuringImportChangesNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("plan.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
int items(const QString& path)
{
    Database db;
    if (!db.open(path))
        return -1;
    Query q(db, QStringLiteral(
                    "SELECT count(*) FROM roadmap_node WHERE kind = 'item' AND removed = 0"));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool integrityOk(const QString& path)
{
    Database db;
    if (!db.open(path))
        return false;
    Query q(db, QStringLiteral("PRAGMA integrity_check"));
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("ok");
}
} // namespace

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestBackups::backUpMakesAReadableOwnerOnlyCopy()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QString copy = ws.backups().backUp(QStringLiteral("manual"));
    QVERIFY2(!copy.isEmpty(), qPrintable(ws.backups().errorString()));
    QVERIFY(copy.startsWith(path() + QStringLiteral(".backups/")));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QCOMPARE(items(copy), 66);
    QVERIFY(integrityOk(copy));
    const auto list = ws.backups().list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().reason, QStringLiteral("manual"));
    QCOMPARE(list.first().created.date(), QDate::currentDate());
}

void TestBackups::dailyBackupsRollOver()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    BackupManager& backups = ws.backups();
    QVERIFY(backups.backUpDailyIfDue());
    QVERIFY(backups.backUpDailyIfDue()); // once a day
    QCOMPARE(backups.list().size(), 1);
    // Ten older daily copies: the oldest go, seven stay.
    const QString today = backups.list().first().path;
    for (int d = 1; d <= 10; ++d) {
        const QString name =
            QStringLiteral("planner-%1-120000-000-daily.sqlite")
                .arg(QDate::currentDate().addDays(-d).toString(QStringLiteral("yyyyMMdd")));
        QVERIFY(QFile::copy(today, QDir(backups.folder()).filePath(name)));
    }
    QFile::remove(today);
    QVERIFY(backups.backUpDailyIfDue());
    int daily = 0;
    for (const auto& b : backups.list())
        daily += b.reason == QLatin1String("daily");
    QCOMPARE(daily, BackupManager::KeepDaily);
    QCOMPARE(backups.list().first().created.date(), QDate::currentDate());
}

void TestBackups::restoreBringsBackStateAndIsUndoable()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QString backup = ws.backups().backUp(QStringLiteral("manual"));
    // Change things after the backup.
    RoadmapModel& model = ws.roadmapModel();
    const QModelIndex routers =
        model
            .match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("Routers"), 1,
                   Qt::MatchRecursive | Qt::MatchContains)
            .value(0);
    QVERIFY(model.setData(routers, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.doneCount(), 17);

    QString saved;
    QVERIFY2(ws.backups().restore(backup, &saved), qPrintable(ws.backups().errorString()));
    ws.reloadAll();
    QCOMPARE(ws.roadmapModel().doneCount(), 16);
    QVERIFY(QFileInfo::exists(saved));
    // The restore is undone by restoring what it replaced.
    QVERIFY(ws.backups().restore(saved));
    ws.reloadAll();
    QCOMPARE(ws.roadmapModel().doneCount(), 17);
    QVERIFY(integrityOk(path()));
}

void TestBackups::restoreOlderSchemaBackup()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), old));
    const QByteArray before = TestFiles::hash(old);
    QVERIFY2(ws.backups().restore(old), qPrintable(ws.backups().errorString()));
    ws.reloadAll();
    QCOMPARE(ws.roadmapModel().itemCount(), 2); // the fixture's two items
    QCOMPARE(TestFiles::hash(old), before);     // the backup itself is never changed
}

void TestBackups::unwritableBackupFolderKeepsData()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    // A file where the folder should be: no user, root or not, can create it.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QVERIFY(TestFiles::write(blocked, "not a folder"));
    BackupManager backups(ws.database(), blocked + QStringLiteral("/inner"));
    QVERIFY(backups.backUp(QStringLiteral("manual")).isEmpty());
    QVERIFY(backups.errorString().contains(QDir::toNativeSeparators(blocked)));
    QCOMPARE(ws.roadmap().counts().items, 66);
    QVERIFY(integrityOk(path()));
}

void TestBackups::damagedFileReplacedByBackup()
{
    QString backup;
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        backup = ws.backups().backUp(QStringLiteral("daily"));
    }
    const QByteArray garbage(8192, 'x');
    QVERIFY(TestFiles::write(path(), garbage));
    Database db;
    QVERIFY(!db.open(path()));
    QCOMPARE(BackupManager::listFor(path()).size(), 1);
    QString error;
    const QString aside = BackupManager::replaceFileWithBackup(path(), backup, &error);
    QVERIFY2(!aside.isEmpty(), qPrintable(error));
    QCOMPARE(TestFiles::read(aside), garbage); // every byte of the damaged file is kept
    QCOMPARE(items(path()), 66);
}

void TestBackups::diskFullDuringImportChangesNothing()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    QByteArray big = "# Big\n\n";
    for (int i = 0; i < 20000; ++i)
        big +=
            "- [ ] A long enough item title to fill pages, number " + QByteArray::number(i) + '\n';
    ParsedPlan plan;
    QString error;
    QVERIFY(RoadmapMarkdownReader::parse(big, QStringLiteral("big.md"), &plan, &error));
    // Simulate a full disk: the file may not grow by more than a few pages.
    QSqlQuery q(ws.database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
    for (const auto mode : {ImportPlanCommand::Mode::Replace, ImportPlanCommand::Mode::Merge}) {
        ImportPlanCommand command(ws, plan, mode);
        QVERIFY(!command.run());
        QVERIFY2(command.errorString().contains(QStringLiteral("full")),
                 qPrintable(command.errorString()));
        QVERIFY(command.errorString().contains(path()));
        QCOMPARE(ws.roadmap().counts().items, 66);
        QCOMPARE(ws.roadmap().counts().done, 16);
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
