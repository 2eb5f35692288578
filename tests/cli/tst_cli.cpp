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

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args);
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
    QCOMPARE(s[QStringLiteral("schema")].toInt(), 3);
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
