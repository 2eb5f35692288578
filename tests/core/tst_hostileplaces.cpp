#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The planner's file, its backups and its exports in a folder whose name holds
// spaces and Devanagari, as Windows user names often do.
class TestHostilePlaces : public QObject
{
    Q_OBJECT
private slots:
    void databaseBackupsAndExportsInADevanagariFolder();
};

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

QTEST_GUILESS_MAIN(TestHostilePlaces)
#include "tst_hostileplaces.moc"
