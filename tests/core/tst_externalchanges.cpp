#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/ExternalChangeWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Another writer on the same file, both ways round: the command line writes
// while a workspace (the window's model layer) has the file open, and the
// workspace writes while the command line reads.
class TestExternalChanges : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void ownWritesAreNotOutsideChanges();
    void commandLineWriteIsSeenAndUndoRefused();
    void timerNoticesWithoutBeingAsked();
    void windowWriteIsReadByCommandLine();

private:
    QString runPlanner(const QStringList& args, int* exitCode) const;
    void addApplication(Workspace& ws, const QString& company);

    QTemporaryDir m_dir;
    QString m_path;
};

QString TestExternalChanges::runPlanner(const QStringList& args, int* exitCode) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLANNER_EXECUTABLE),
            QStringList{QStringLiteral("--database"), m_path} + args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestExternalChanges::addApplication(Workspace& ws, const QString& company)
{
    Application a;
    a.company = company;
    a.role = QStringLiteral("Backend Developer");
    a.appliedOn = QDate(2026, 3, 1);
    a.stageSince = a.appliedOn;
    ws.undoStack().push(new AddApplicationCommand(ws.applications(), a));
}

void TestExternalChanges::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("shared-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
}

void TestExternalChanges::ownWritesAreNotOutsideChanges()
{
    Workspace ws;
    QVERIFY(ws.open(m_path, Workspace::Seed::Nothing));
    addApplication(ws, QStringLiteral("Own Writes Ltd"));
    QVERIFY(!ws.checkForOutsideChanges());
    QCOMPARE(ws.undoStack().count(), 1);
}

void TestExternalChanges::commandLineWriteIsSeenAndUndoRefused()
{
    Workspace ws;
    QVERIFY(ws.open(m_path, Workspace::Seed::Nothing));
    addApplication(ws, QStringLiteral("Before Ltd"));
    QCOMPARE(ws.problemModel().rowCount(), 0);
    QSignalSpy seen(&ws, &Workspace::changedElsewhere);

    // The command line imports problems while the window holds the file.
    int exitCode = -1;
    const QString output = runPlanner(
        {QStringLiteral("--import-problems"), TestFiles::data(QStringLiteral("leetcode-list.csv"))},
        &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const int imported = ws.problems().total();
    QVERIFY(imported > 0);

    QVERIFY(ws.checkForOutsideChanges());
    QCOMPARE(seen.size(), 1);
    QCOMPARE(ws.problemModel().rowCount(), imported); // reloaded
    // The step recorded before that write is gone: it cannot be undone over it.
    QVERIFY(!ws.undoStack().canUndo());
    ws.undoStack().undo();
    QCOMPARE(ws.problems().total(), imported);
    QCOMPARE(ws.applications().loadAll().size(), 1);
    // Asked again, nothing new.
    QVERIFY(!ws.checkForOutsideChanges());
}

void TestExternalChanges::timerNoticesWithoutBeingAsked()
{
    Workspace ws;
    QVERIFY(ws.open(m_path, Workspace::Seed::Nothing));
    QSignalSpy seen(&ws, &Workspace::changedElsewhere);
    int exitCode = -1;
    const QString output = runPlanner({QStringLiteral("--import-applications"),
                                       TestFiles::data(QStringLiteral("jobs/messy.csv")),
                                       QStringLiteral("--skip-bad-rows")},
                                      &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    // The window's timer asks every ExternalChangeWatcher::IntervalMs.
    QVERIFY(seen.wait(ExternalChangeWatcher::IntervalMs * 5));
    QVERIFY(!ws.applications().loadAll().isEmpty());
    QCOMPARE(ws.applicationModel().rowCount(), int(ws.applications().loadAll().size()));
}

void TestExternalChanges::windowWriteIsReadByCommandLine()
{
    // Seeded as the window seeds a new file, so the command line finds nothing to set up.
    Workspace ws;
    QVERIFY(ws.open(m_path));
    addApplication(ws, QStringLiteral("Window Writes Ltd"));
    addApplication(ws, QStringLiteral("Second Ltd"));
    int exitCode = -1;
    const QString json = runPlanner({QStringLiteral("--summary")}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("applications"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
             2);
    // Reading is not writing: the window keeps its undo steps.
    QVERIFY(!ws.checkForOutsideChanges());
    QCOMPARE(ws.undoStack().count(), 2);
}

QTEST_GUILESS_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
