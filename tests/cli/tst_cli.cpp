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
    void importMalformedCsvWritesNothing();
    void importSkipBadRowsListsTheLine();
    void importDryRunWritesNothing();
    void importNeetCodeJsonAndExportCsv();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args);
    int problemTotal(const QString& db);
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
    QCOMPARE(QJsonDocument::fromJson(again.out)[QStringLiteral("roadmap")][QStringLiteral("items")]
                 .toInt(),
             66);
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

int TestCli::problemTotal(const QString& db)
{
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--summary")});
    return QJsonDocument::fromJson(r.out)[QStringLiteral("problems")][QStringLiteral("total")]
        .toInt();
}

void TestCli::importMalformedCsvWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("abort.sqlite"));
    const QString csv = TestFiles::data(QStringLiteral("leetcode-list.csv"));
    QCOMPARE(
        run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"), csv}).exitCode,
        0);
    QCOMPARE(problemTotal(db), 5);
    const QString bad = TestFiles::data(QStringLiteral("leetcode-malformed.csv"));
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("leetcode-malformed.csv:4: Difficulty:"));
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(problemTotal(db), 5);
}

void TestCli::importSkipBadRowsListsTheLine()
{
    const QString db = m_dir.filePath(QStringLiteral("skip.sqlite"));
    const QString bad = TestFiles::data(QStringLiteral("leetcode-malformed.csv"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"),
                          bad, QStringLiteral("--skip-bad-rows")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("skipped"));
    QVERIFY(r.err.contains("leetcode-malformed.csv:4:"));
    QVERIFY(r.out.contains("Imported 5 problems"));
    QCOMPARE(problemTotal(db), 5);
    // Importing again finds only duplicates.
    const Result again = run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"),
                              bad, QStringLiteral("--skip-bad-rows")});
    QVERIFY(again.out.contains("Imported 0 problems, 5 duplicates"));
    QCOMPARE(problemTotal(db), 5);
}

void TestCli::importDryRunWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("dry.sqlite"));
    const QString json = TestFiles::data(QStringLiteral("neetcode-sample.json"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"),
                          json, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("would import"));
    QVERIFY(r.out.contains("Pow(x, n)"));
    QVERIFY(r.out.contains("4 problems would be imported"));
    QCOMPARE(problemTotal(db), 0);
}

void TestCli::importNeetCodeJsonAndExportCsv()
{
    const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
    const QString json = TestFiles::data(QStringLiteral("neetcode-sample.json"));
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"), json,
             QStringLiteral("--export-problems"), csv, QStringLiteral("--summary")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray exported = TestFiles::read(csv);
    QVERIFY(exported.startsWith("Title,Difficulty,Status,Topics,Link"));
    QVERIFY(exported.contains("\"Pow(x, n)\",Medium,todo,Math & Geometry,"));
    QCOMPARE(exported.count("\r\n"), 5);
    // The summary printed after the import counts them, with its usual keys.
    const int json_start = r.out.indexOf('{');
    const QJsonObject s = QJsonDocument::fromJson(r.out.mid(json_start)).object();
    QCOMPARE(s[QStringLiteral("problems")][QStringLiteral("total")].toInt(), 4);
    QCOMPARE(s[QStringLiteral("problems")][QStringLiteral("by_difficulty")][QStringLiteral("hard")]
                 .toInt(),
             1);
    QCOMPARE(
        s[QStringLiteral("problems")][QStringLiteral("by_status")][QStringLiteral("todo")].toInt(),
        4);
    // The exported file imports back into a new database as the same four.
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("--import-problems"), csv})
                 .exitCode,
             0);
    QCOMPARE(problemTotal(copy), 4);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
