#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real executable, as scripts and CI do.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void help();
    void summaryOnFreshDatabase();
    void unknownOption();
    void databaseIsADirectory();
    void databaseInMissingFolder();
    void databaseNotSqlite();
    void importApplicationsDryRunWritesNothing();
    void importApplicationsStopsAtBadRow();
    void importApplicationsSkippingBadRows();
    void exportApplicationsEscapesFormulas();
    void csvOptionsNeedImport();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args);
    int applicationCount(const QString& db);
    QTemporaryDir m_dir;
};

TestCli::Result TestCli::run(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the developer's own data
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLANNER_EXECUTABLE), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("roadmap-planner "));
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--database"));
    QVERIFY(r.out.contains("--summary"));
    QVERIFY(r.out.contains("Usage: roadmap-planner"));
}

void TestCli::summaryOnFreshDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--summary")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject s = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 66);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("done")].toInt(), 16);
    QCOMPARE(s[QStringLiteral("schema")].toInt(), 2);
    QCOMPARE(s[QStringLiteral("skills")][QStringLiteral("milestones")].toInt(), 2);
    QVERIFY(QFileInfo::exists(db));
    // A second run reads the same file and does not seed it again.
    const Result again = run({QStringLiteral("--summary"), QStringLiteral("--database"), db});
    QCOMPARE(QJsonDocument::fromJson(again.out)[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 66);
}

void TestCli::unknownOption()
{
    const Result r = run({QStringLiteral("--frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("frobnicate"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::databaseIsADirectory()
{
    const Result r = run({QStringLiteral("--summary"), QStringLiteral("--database"), m_dir.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(m_dir.path().toUtf8()));
    QVERIFY(r.err.contains("directory"));
    QCOMPARE(r.err.count('\n'), 1); // one line
}

void TestCli::databaseInMissingFolder()
{
    const QString db = m_dir.filePath(QStringLiteral("missing/plan.sqlite"));
    const Result r = run({QStringLiteral("--summary"), QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(db.toUtf8()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void TestCli::databaseNotSqlite()
{
    const QString db = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(TestFiles::write(db, "my notes\n"));
    const Result r = run({QStringLiteral("--summary"), QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not an SQLite file"));
    QCOMPARE(TestFiles::read(db), QByteArray("my notes\n"));
}

int TestCli::applicationCount(const QString& db)
{
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--summary")});
    return QJsonDocument::fromJson(r.out)[QStringLiteral("applications")][QStringLiteral("total")]
        .toInt(-1);
}

void TestCli::importApplicationsDryRunWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("dry.sqlite"));
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
             TestFiles::data(QStringLiteral("jobs/messy.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Employer -> Company"));
    QVERIFY(r.out.contains("Job Title -> Role"));
    QVERIFY(r.out.contains("messy.csv:9: duplicate of line 3"));
    QVERIFY(r.out.contains("6 to import, 0 cannot be imported, 1 skipped"));
    QCOMPARE(applicationCount(db), 0);
}

void TestCli::importApplicationsStopsAtBadRow()
{
    const QString db = m_dir.filePath(QStringLiteral("stop.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
                          TestFiles::data(QStringLiteral("jobs/badstatus.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("badstatus.csv:3: Status: cannot tell which stage \"maybe later "
                           "perhaps\" means"));
    QVERIFY(r.err.contains("nothing imported"));
    QCOMPARE(applicationCount(db), 0); // Alpha and Gamma were fine, yet nothing was written
}

void TestCli::importApplicationsSkippingBadRows()
{
    const QString db = m_dir.filePath(QStringLiteral("skip.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
                          TestFiles::data(QStringLiteral("jobs/malformed.csv")),
                          QStringLiteral("--skip-bad-rows")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("imported 1 application"));
    QVERIFY(r.out.contains("skipped bad lines 3, 4"));
    QVERIFY(r.err.contains("malformed.csv:3: Date:"));
    QVERIFY(r.err.contains("malformed.csv:4:"));
    QCOMPARE(applicationCount(db), 1);
}

void TestCli::exportApplicationsEscapesFormulas()
{
    const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
    const QString in = m_dir.filePath(QStringLiteral("formula.csv"));
    QVERIFY(TestFiles::write(in, "Company,Role,Status,Notes\n"
                                 "\"=HYPERLINK(\"\"http://x\"\")\",Dev,applied,\"+1, call\"\n"
                                 "Plain,Dev,offer,\n"));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"), in})
                 .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--export-applications"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("exported 2 application"));
    const QByteArray csv = TestFiles::read(out);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Company,Role,"));
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",Dev,"));
    QVERIFY(csv.contains("\"'+1, call\""));
    QVERIFY(csv.contains("Plain,Dev,other,,offer,"));
    QVERIFY(csv.contains(" offer\r\n")); // the stage history column ends the row
}

void TestCli::csvOptionsNeedImport()
{
    const Result r = run({QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--import-applications"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
