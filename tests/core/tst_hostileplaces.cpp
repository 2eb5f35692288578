#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/ProblemCsvWriter.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/io/AtomicFile.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/remote/QuickCommands.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

// The planner's file, its backups and its exports in a folder whose name holds
// spaces and Devanagari, as Windows user names often do.
class TestHostilePlaces : public QObject
{
    Q_OBJECT
private slots:
    void databaseBackupsAndExportsInADevanagariFolder();
    void readOnlyOnRequestShowsEverythingAndRefusesEdits();
    void readOnlyFileNeedingAnUpgradeIsRefusedUntouched();
    void unwritableFolderOpensReadOnlyByItself();
    void fullDiskDuringABulkEditChangesNothing();
    void fullDiskDuringABackupLeavesNoBackup();
    void fullDiskDuringAnExportKeepsTheOldFile();
};

namespace {
// A file with a plan, one application and `problems` problems, closed.
QString makeFile(const QString& folder, int problems = 0)
{
    const QString path = folder + QStringLiteral("/planner.sqlite");
    Workspace ws;
    if (!ws.open(path))
        return {};
    Application a;
    a.company = QStringLiteral("Zerodha");
    a.role = QStringLiteral("Backend Developer");
    a.appliedOn = QDate(2026, 3, 1);
    a.stageSince = a.appliedOn;
    ws.undoStack().push(new AddApplicationCommand(ws.applications(), a));
    Transaction tx(ws.database());
    for (int i = 0; i < problems; ++i) {
        Problem p;
        p.title = QStringLiteral("Problem %1").arg(i);
        p.slug = QStringLiteral("problem-%1").arg(i);
        p.difficulty = Problem::Difficulty::Easy;
        ws.problems().add(p);
    }
    return tx.commit() ? path : QString();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

#ifdef Q_OS_UNIX
// A disk that fills, as the kernel tells it to one process: writes past
// `bytes` in any file fail (EFBIG). Lifted again when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of killing the test
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_before); }

private:
    rlimit m_before{};
};
#endif
} // namespace

void TestHostilePlaces::databaseBackupsAndExportsInADevanagariFolder()
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("My Files/मिलन भीमानी/planner data"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/योजना planner.sqlite");
    {
        Workspace ws;
        QVERIFY2(ws.open(path, Workspace::Seed::Nothing), qPrintable(ws.errorString()));
        Application a;
        a.company = QStringLiteral("टाटा Consultancy");
        a.role = QStringLiteral("Backend Developer");
        a.appliedOn = QDate(2026, 3, 1);
        a.stageSince = a.appliedOn;
        ws.undoStack().push(new AddApplicationCommand(ws.applications(), a));

        const QString backup = ws.backups().backUp(QStringLiteral("manual"));
        QVERIFY2(!backup.isEmpty(), qPrintable(ws.backups().errorString()));
        QVERIFY(backup.startsWith(folder));
        QCOMPARE(ws.backups().list().size(), 1);

        ws.undoStack().undo();
        QVERIFY(ws.applications().loadAll().isEmpty());
        QVERIFY2(ws.backups().restore(backup), qPrintable(ws.backups().errorString()));
        QCOMPARE(ws.applications().loadAll().size(), 1);
        QCOMPARE(ws.applications().loadAll().first().company, QStringLiteral("टाटा Consultancy"));
    }
    // The command line exports beside it, into the same folder.
    const QString csv = folder + QStringLiteral("/आवेदन applications.csv");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), root.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLANNER_EXECUTABLE),
            {QStringLiteral("--database"), path, QStringLiteral("--export-applications"), csv});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(TestFiles::read(csv)).contains(QStringLiteral("टाटा Consultancy")));
}

void TestHostilePlaces::readOnlyOnRequestShowsEverythingAndRefusesEdits()
{
    QTemporaryDir dir;
    const QString path = makeFile(dir.path());
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestFiles::hash(path);
    {
        Workspace ws;
        QVERIFY2(ws.open(path, Workspace::Seed::BuiltInPlan, Database::Check::AfterFirstPaint,
                         Database::Access::Read),
                 qPrintable(ws.errorString()));
        QVERIFY(ws.isReadOnly());
        QCOMPARE(ws.applications().loadAll().size(), 1);
        QVERIFY(ws.roadmap().counts().items > 0);
        QSignalSpy refused(&ws.undoStack(), &EditStack::refused);
        Application b;
        b.company = QStringLiteral("Razorpay");
        b.role = QStringLiteral("SDE 1");
        QVERIFY(!ws.undoStack().push(new AddApplicationCommand(ws.applications(), b)));
        QCOMPARE(refused.size(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("planner.sqlite")) &&
                     message.contains(QStringLiteral("read-only")),
                 qPrintable(message));
        QCOMPARE(ws.undoStack().count(), 0);
        QCOMPARE(ws.applicationModel().rowCount(), 1);
        // The command line's quick add through the window answers the same.
        const RemoteReply reply = QuickCommands::apply(
            ws, {RemoteCommand::Kind::AddProblem, QStringLiteral("Two Sum easy solved")},
            QDate(2026, 3, 2));
        QCOMPARE(reply.code, 1);
        QVERIFY2(reply.message.contains(QStringLiteral("read-only")), qPrintable(reply.message));
        QVERIFY(ws.backups().backUpDailyIfDue()); // nothing to copy, and no error
        QVERIFY(ws.backups().list().isEmpty());
    }
    QCOMPARE(TestFiles::hash(path), before);
}

void TestHostilePlaces::readOnlyFileNeedingAnUpgradeIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), path));
    const QByteArray before = TestFiles::hash(path);
    Workspace ws;
    QVERIFY(!ws.open(path, Workspace::Seed::BuiltInPlan, Database::Check::BeforeOpening,
                     Database::Access::Read));
    QVERIFY2(ws.errorString().contains(path) &&
                 ws.errorString().contains(QStringLiteral("older version")),
             qPrintable(ws.errorString()));
    QCOMPARE(TestFiles::hash(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("old.sqlite")});
}

void TestHostilePlaces::unwritableFolderOpensReadOnlyByItself()
{
#ifndef Q_OS_UNIX
    QSKIP("drops write permission the POSIX way");
#else
    // As a user who may read the folder and the file but write neither, as on
    // a read-only disk: root may write anything, so a root test runs the
    // planner as "nobody".
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("read only"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = makeFile(folder);
    QVERIFY(!path.isEmpty());
    const QString home = root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                     QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(root.path(), all));
    QVERIFY(QFile::setPermissions(folder, all));
    QVERIFY(QFile::setPermissions(home, all | QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                            QFileDevice::WriteOther));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(root.path(), all | QFileDevice::WriteOwner);
        QFile::setPermissions(folder, all | QFileDevice::WriteOwner);
    });
    const QByteArray before = TestFiles::hash(path);
    const QStringList listed = filesIn(folder);

    const auto run = [&](const QStringList& arguments, QString* output) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            if (geteuid() == 0) {
                setgroups(0, nullptr);
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            }
        });
        p.start(QStringLiteral(PLANNER_EXECUTABLE),
                QStringList{QStringLiteral("--database"), path} + arguments);
        p.waitForFinished(60000);
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString output;
    QCOMPARE(run({QStringLiteral("--summary")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("\"applications\"")), qPrintable(output));
    const QString csv = home + QStringLiteral("/problems.csv");
    QVERIFY(TestFiles::write(csv, "title,difficulty\nTwo Sum,easy\n"));
    QCOMPARE(run({QStringLiteral("--import-problems"), csv}, &output), 1);
    QVERIFY2(output.contains(path) && output.contains(QStringLiteral("read-only")),
             qPrintable(output));
    QCOMPARE(TestFiles::hash(path), before);
    QCOMPARE(filesIn(folder), listed); // not even a journal beside it
#endif
}

void TestHostilePlaces::fullDiskDuringABulkEditChangesNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("fills the disk with a POSIX file-size limit");
#else
    QTemporaryDir dir;
    const QString path = makeFile(dir.path(), 2000);
    QVERIFY(!path.isEmpty());
    Workspace ws;
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    QVector<qint64> ids;
    for (const Problem& p : ws.problems().loadAll())
        ids.append(p.id);
    QCOMPARE(ids.size(), 2000);
    const QVector<ProblemRecord> before = ws.problems().records(ids);
    const QByteArray rowsBefore = ProblemCsvWriter::write(ws.problems().loadAll());
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after) {
        r.problem.difficulty = Problem::Difficulty::Hard;
        r.problem.notes = QStringLiteral("a note long enough to fill many pages of the journal");
    }
    QSignalSpy refused(&ws.undoStack(), &EditStack::refused);
    {
        const FileSizeLimit full(64 * 1024);
        QVERIFY(!ws.undoStack().push(new ReplaceProblemsCommand(
            ws.problems(), before, after, QStringLiteral("Set every problem to hard"))));
    }
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QDir::toNativeSeparators(path)),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(ws.undoStack().count(), 0);
    QCOMPARE(ProblemCsvWriter::write(ws.problems().loadAll()), rowsBefore);
    QCOMPARE(ws.problemModel().rowCount(), 2000);
    // With room again, the same edit goes through.
    QVERIFY(ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), before, after, QStringLiteral("again"))));
    QCOMPARE(ws.problems().records(ids).first().problem.difficulty, Problem::Difficulty::Hard);
#endif
}

void TestHostilePlaces::fullDiskDuringABackupLeavesNoBackup()
{
#ifndef Q_OS_UNIX
    QSKIP("fills the disk with a POSIX file-size limit");
#else
    QTemporaryDir dir;
    const QString path = makeFile(dir.path(), 3000);
    QVERIFY(!path.isEmpty());
    Workspace ws;
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    const QByteArray before = TestFiles::hash(path);
    QString written;
    {
        const FileSizeLimit full(64 * 1024);
        written = ws.backups().backUp(QStringLiteral("manual"));
    }
    QVERIFY(written.isEmpty());
    QVERIFY2(ws.backups().errorString().contains(dir.path()),
             qPrintable(ws.backups().errorString()));
    QVERIFY(ws.backups().list().isEmpty());
    // Nothing half-written under any name, in the folder or beside the file.
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = it.next();
        QVERIFY2(!name.endsWith(Database::partialSuffix()), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("manual")), qPrintable(name));
    }
    QCOMPARE(TestFiles::hash(path), before);
    QVERIFY(!ws.backups().backUp(QStringLiteral("manual")).isEmpty());
#endif
}

void TestHostilePlaces::fullDiskDuringAnExportKeepsTheOldFile()
{
#ifndef Q_OS_UNIX
    QSKIP("fills the disk with a POSIX file-size limit");
#else
    QTemporaryDir dir;
    const QString path = makeFile(dir.path(), 3000);
    QVERIFY(!path.isEmpty());
    Workspace ws;
    QVERIFY2(ws.open(path), qPrintable(ws.errorString()));
    const QString csv = dir.filePath(QStringLiteral("problems.csv"));
    QVERIFY(TestFiles::write(csv, "the export of yesterday\n"));
    const QStringList listed = filesIn(dir.path());
    const QByteArray bytes = ProblemCsvWriter::write(ws.problems().loadAll());
    QVERIFY(bytes.size() > 64 * 1024);
    QString error;
    bool ok = true;
    {
        const FileSizeLimit full(64 * 1024);
        ok = AtomicFile::write(csv, bytes, &error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(QDir::toNativeSeparators(csv)), qPrintable(error));
    QCOMPARE(TestFiles::read(csv), QByteArray("the export of yesterday\n"));
    QCOMPARE(filesIn(dir.path()), listed);
#endif
}

QTEST_GUILESS_MAIN(TestHostilePlaces)
#include "tst_hostileplaces.moc"
