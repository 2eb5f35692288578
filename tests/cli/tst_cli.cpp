#include "TestFiles.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
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
    void importIntoNewDatabase();
    void dryRunWritesNothing();
    void reimportAndExportRoundTrip();
    void importBadFile();
    void listCharts();
    void exportChartHeadless();
    void exportChartBadSize();
    void exportChartUnknownName();
    void exportChartNeedsOutput();
    void exportReport();
    void summaryHasSkillLevels();
    void importMalformedCsvWritesNothing();
    void importSkipBadRowsListsTheLine();
    void importDryRunWritesNothing();
    void importNeetCodeJsonAndExportCsv();
    void importApplicationsDryRunWritesNothing();
    void importApplicationsStopsAtBadRow();
    void importApplicationsSkippingBadRows();
    void importApplicationsKeepsOddValues();
    void skippingEveryRowIsNotASuccess();
    void importProblemsWithFormulaRows();
    void planOfHeadingsIsKept();
    void exportRoadmapKeepsStatuses();
    void exportApplicationsEscapesFormulas();
    void csvOptionsNeedImport();
    void quickAddsWithoutAWindowWriteTheFile();
    void tickWithoutAWindow();
    void quickCommandOptionsAreChecked();
    void measuringStartUpLeavesTheSettings();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& args);
    int problemTotal(const QString& db);
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
    for (const char* option :
         {"--export-chart", "--output", "--size", "--scale", "--list-charts", "--export-report"})
        QVERIFY2(r.out.contains(option), option);
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
    QCOMPARE(s[QStringLiteral("schema")].toInt(), Database::SchemaVersion);
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

namespace {
QJsonObject summaryOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

void TestCli::importIntoNewDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("imported.sqlite"));
    const Result r =
        run({QStringLiteral("--import-roadmap"), TestFiles::data(QStringLiteral("user-roadmap.md")),
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("66 checklist items, 16 done"));
    QVERIFY(r.out.contains("DSA target: Arrays and Strings"));
    const QJsonObject s =
        summaryOf(run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).out);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 66);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("done")].toInt(), 16);
    // Just that plan: the user's title, not the built-in plan's.
    QCOMPARE(s[QStringLiteral("plan")][QStringLiteral("title")].toString(),
             QStringLiteral("REVISED ROADMAP: From Student to Employed to AI/ML Engineer"));
}

void TestCli::dryRunWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("dry.sqlite"));
    const QString plan = TestFiles::data(QStringLiteral("markdown/deep-nesting.md"));
    Result r = run({QStringLiteral("--import-roadmap"), plan, QStringLiteral("--dry-run"),
                    QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Would import"));
    QVERIFY(!QFileInfo::exists(db));

    QCOMPARE(run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).exitCode, 0);
    const QByteArray before =
        run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).out;
    r = run({QStringLiteral("--import-roadmap"), plan, QStringLiteral("--dry-run"),
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Dry run: nothing was written."));
    QCOMPARE(run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).out, before);
}

void TestCli::reimportAndExportRoundTrip()
{
    const QString db = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
    const QString exported = m_dir.filePath(QStringLiteral("exported.md"));
    QCOMPARE(run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).exitCode, 0);
    Result r =
        run({QStringLiteral("--export-roadmap"), exported, QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Exported 66 items"));
    // Re-importing the export over the same plan keeps everything and adds nothing.
    r = run({QStringLiteral("--import-roadmap"), exported, QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(", 0 new, 0 no longer in the file"), r.out.constData());
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(run({QStringLiteral("--import-roadmap"), exported, QStringLiteral("--database"), copy})
                 .exitCode,
             0);
    const QJsonObject a =
        summaryOf(run({QStringLiteral("--summary"), QStringLiteral("--database"), db}).out);
    const QJsonObject b =
        summaryOf(run({QStringLiteral("--summary"), QStringLiteral("--database"), copy}).out);
    QCOMPARE(b[QStringLiteral("roadmap")], a[QStringLiteral("roadmap")]);
    QCOMPARE(b[QStringLiteral("skills")], a[QStringLiteral("skills")]);
}

void TestCli::importBadFile()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const QString bad = TestFiles::data(QStringLiteral("markdown/invalid-utf8.md"));
    const Result r =
        run({QStringLiteral("--import-roadmap"), bad, QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("invalid-utf8.md:4:"));
    QVERIFY(!QFileInfo::exists(db));
    const Result dry = run({QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 2);
}

void TestCli::listCharts()
{
    const Result r = run({QStringLiteral("--list-charts")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.first().startsWith("skills-targets\t"));
    for (const char* name : {"skills-radar", "skills-history", "dsa-topics", "activity-heatmap",
                             "minutes-per-week", "application-funnel", "daily-applications"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray(name) + '\t')), name);
}

void TestCli::exportChartHeadless()
{
    const QString db = m_dir.filePath(QStringLiteral("charts.sqlite"));
    const QString png = m_dir.filePath(QStringLiteral("targets.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display and no platform named: export must still work.
    QProcess process;
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLANNER_EXECUTABLE),
                  {QStringLiteral("--database"), db, QStringLiteral("--export-chart"),
                   QStringLiteral("skills-targets"), QStringLiteral("--output"), png,
                   QStringLiteral("--size"), QStringLiteral("1280x720")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 720));
    QSet<QRgb> colours; // a drawn chart, not a blank page
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 6, qPrintable(QString::number(colours.size())));

    const Result scaled = run({QStringLiteral("--database"), db, QStringLiteral("--export-chart"),
                               QStringLiteral("skills-radar"), QStringLiteral("--output"), png,
                               QStringLiteral("--size"), QStringLiteral("400x300"),
                               QStringLiteral("--scale"), QStringLiteral("2")});
    QCOMPARE(scaled.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(800, 600));

    // Full HD is compressed: small enough to post, and one line says where it went.
    const Result full = run({QStringLiteral("--database"), db, QStringLiteral("--export-chart"),
                             QStringLiteral("skills-targets"), QStringLiteral("--output"), png,
                             QStringLiteral("--size"), QStringLiteral("1920x1080")});
    QCOMPARE(full.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1920, 1080));
    QVERIFY2(QFileInfo(png).size() <= 300 * 1024,
             qPrintable(QString::number(QFileInfo(png).size())));
    QCOMPARE(full.out.count('\n'), 1);
    QVERIFY2(full.out.startsWith("Wrote the skills-targets chart (1920"), full.out.constData());
    QVERIFY2(!full.err.contains("propagateSizeHints"), full.err.constData());
}

void TestCli::exportChartBadSize()
{
    for (const char* size : {"12x", "axb", "1920", "0x0", "99999x10"}) {
        const Result r = run({QStringLiteral("--export-chart"), QStringLiteral("skills-targets"),
                              QStringLiteral("--output"), m_dir.filePath(QStringLiteral("bad.png")),
                              QStringLiteral("--size"), QString::fromLatin1(size)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--size"), r.err.constData());
        QVERIFY2(r.err.contains(size), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.png"))));
    }
}

void TestCli::exportChartUnknownName()
{
    const Result r = run({QStringLiteral("--export-chart"), QStringLiteral("pie-of-life"),
                          QStringLiteral("--output"), m_dir.filePath(QStringLiteral("pie.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("unknown chart 'pie-of-life'"));
    QVERIFY(r.err.contains("skills-targets")); // says what the names are
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("pie.png"))));
}

void TestCli::exportChartNeedsOutput()
{
    const Result r = run({QStringLiteral("--export-chart"), QStringLiteral("skills-targets")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--output"));
    const Result stray = run({QStringLiteral("--size"), QStringLiteral("800x600")});
    QCOMPARE(stray.exitCode, 2);
}

void TestCli::exportReport()
{
    const QString db = m_dir.filePath(QStringLiteral("report.sqlite"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(
        run({QStringLiteral("--import-roadmap"), TestFiles::data(QStringLiteral("today/plan.md")),
             QStringLiteral("--database"), db})
            .exitCode,
        0);
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--export-report"), pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(TestFiles::read(pdf).startsWith("%PDF"));
    // One success line, and no platform noise.
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.startsWith("Wrote the progress report to "), r.out.constData());
    QVERIFY2(!r.err.contains("propagateSizeHints"), r.err.constData());

    // A vector PDF with text: pdftotext (poppler-utils) reads the headline numbers.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: scripts/install-deps.sh installs poppler-utils");
    QProcess text;
    text.start(pdftotext,
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    // The fixture plan: 6 items, 2 of them ticked.
    QVERIFY2(words.contains(QStringLiteral("Plan: 2 of 6 items done (33%)")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("Problems solved against the plan's targets: 0 of 0")));
    QVERIFY(words.contains(QStringLiteral("Applications this week: 0 against a goal of")));
    QVERIFY(words.contains(QStringLiteral("Funnel: Wishlist 0")));
    // Charts are drawn as vectors with their text, not pasted as one picture.
    QVERIFY(words.contains(QStringLiteral("Problems")));
    QVERIFY(!TestFiles::read(pdf).contains("/Subtype /Image"));
}

void TestCli::summaryHasSkillLevels()
{
    const QString db = m_dir.filePath(QStringLiteral("levels.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--summary")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject skills = QJsonDocument::fromJson(r.out)[QStringLiteral("skills")].toObject();
    // The old keys stay for scripts that read them.
    QCOMPARE(skills[QStringLiteral("total")].toInt(), 12);
    QCOMPARE(skills[QStringLiteral("milestones")].toInt(), 2);
    const QJsonArray milestones = skills[QStringLiteral("milestone_list")].toArray();
    QCOMPARE(milestones.size(), 2);
    QVERIFY(!milestones[0][QStringLiteral("due")].toString().isEmpty());
    const QJsonArray levels = skills[QStringLiteral("levels")].toArray();
    QCOMPARE(levels.size(), 12);
    const QJsonObject python = levels[0].toObject();
    QCOMPARE(python[QStringLiteral("name")].toString(), QStringLiteral("Python"));
    QCOMPARE(python[QStringLiteral("category")].toString(), QStringLiteral("Languages"));
    QCOMPARE(python[QStringLiteral("level")].toInt(), 0);
    const QJsonArray targets = python[QStringLiteral("targets")].toArray();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets[0][QStringLiteral("level")].toInt(), 12);
    QCOMPARE(targets[0][QStringLiteral("label")].toString(), QStringLiteral("Expert"));
    QCOMPARE(targets[1][QStringLiteral("level")].toInt(), 14);
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
    // What each row becomes, not only its title.
    QVERIFY2(r.out.contains("Pow(x, n) · medium · Math & Geometry · todo"), r.out.constData());
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
    const QString copy = m_dir.filePath(QStringLiteral("problems-copy.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("--import-problems"), csv})
                 .exitCode,
             0);
    QCOMPARE(problemTotal(copy), 4);
}

int TestCli::applicationCount(const QString& db)
{
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--summary")});
    return QJsonDocument::fromJson(r.out)[QStringLiteral("applications")][QStringLiteral("total")]
        .toInt(-1);
}

void TestCli::importApplicationsDryRunWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("applications-dry.sqlite"));
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
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
             TestFiles::data(QStringLiteral("import/applications-missing-company.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("applications-missing-company.csv:3: Company: no company"));
    QVERIFY(r.err.contains("nothing imported"));
    QCOMPARE(applicationCount(db), 0); // the other rows were fine, yet nothing was written
}

void TestCli::importApplicationsSkippingBadRows()
{
    const QString db = m_dir.filePath(QStringLiteral("skip.sqlite"));
    const Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
             TestFiles::data(QStringLiteral("import/applications-missing-company.csv")),
             QStringLiteral("--skip-bad-rows")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("imported 2 applications"));
    QVERIFY(r.out.contains("skipped bad lines 3"));
    // The impossible date costs the date, not the row.
    QVERIFY(r.err.contains("warning: "));
    QVERIFY(r.err.contains("applications-missing-company.csv:4: Date:"));
    QCOMPARE(applicationCount(db), 2);
}

void TestCli::importApplicationsKeepsOddValues()
{
    const QString db = m_dir.filePath(QStringLiteral("odd.sqlite"));
    const QString messy = TestFiles::data(QStringLiteral("import/messy-applications.csv"));
    const Result dry =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"), messy,
             QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    // What each row becomes, and every warning.
    QVERIFY2(dry.out.contains(
                 "messy-applications.csv:2: Quantica · Development Internship · screening · "
                 "2026-03-02 · 8 LPA · remote"),
             dry.out.constData());
    QVERIFY(dry.out.contains("Current Status -> Stage"));
    QVERIFY(dry.out.contains("messy-applications.csv:6: Current Status: cannot tell which stage"));
    QVERIFY(dry.out.contains("messy-applications.csv:6: Salary: cannot read \"about ten\""));
    QVERIFY(dry.out.contains("7 to import, 0 cannot be imported, 0 skipped"));
    QCOMPARE(applicationCount(db), 0);

    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
                          TestFiles::data(QStringLiteral("jobs/badstatus.csv"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("badstatus.csv:3: Status: cannot tell which stage \"maybe later "
                           "perhaps\" means; imported as applied"));
    QCOMPARE(applicationCount(db), 3);
    // An import into an existing file takes a backup first.
    QVERIFY(!QDir(db + QStringLiteral(".backups")).entryList(QDir::Files).isEmpty());
}

void TestCli::skippingEveryRowIsNotASuccess()
{
    const QString db = m_dir.filePath(QStringLiteral("allbad.sqlite"));
    const Result apps =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-applications"),
             TestFiles::data(QStringLiteral("import/applications-all-bad.csv")),
             QStringLiteral("--skip-bad-rows")});
    QCOMPARE(apps.exitCode, 1);
    QVERIFY(apps.err.contains("every row has a problem"));
    QVERIFY(apps.err.contains("applications-all-bad.csv:2: Company: no company"));
    const Result problems =
        run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"),
             TestFiles::data(QStringLiteral("import/only-bad-problems.csv")),
             QStringLiteral("--skip-bad-rows")});
    QCOMPARE(problems.exitCode, 1);
    QVERIFY(problems.err.contains("every row has a problem"));
    QVERIFY(problems.err.contains("only-bad-problems.csv:3: Difficulty:"));
    QCOMPARE(problemTotal(db), 0);
    QCOMPARE(applicationCount(db), 0);
}

void TestCli::importProblemsWithFormulaRows()
{
    const QString db = m_dir.filePath(QStringLiteral("formula-problems.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-problems"),
                          TestFiles::data(QStringLiteral("import/formula-problems.csv"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Imported 4 problems"));
    QVERIFY(r.err.contains("formula-problems.csv:2: Title: text after a closing quote"));
    QVERIFY(r.err.contains("formula-problems.csv:4: Title:"));
    QCOMPARE(problemTotal(db), 4);
}

void TestCli::planOfHeadingsIsKept()
{
    const QString db = m_dir.filePath(QStringLiteral("headings.sqlite"));
    const Result r = run({QStringLiteral("--database"), db, QStringLiteral("--import-roadmap"),
                          TestFiles::data(QStringLiteral("import/headings-only-curriculum.md"))});
    QCOMPARE(r.exitCode, 0);
    // Every later start (the summary opens the file as the window does) finds the same plan.
    for (int i = 0; i < 2; ++i) {
        const QJsonObject s =
            QJsonDocument::fromJson(
                run({QStringLiteral("--database"), db, QStringLiteral("--summary")}).out)
                .object();
        QCOMPARE(s[QStringLiteral("plan")][QStringLiteral("title")].toString(),
                 QStringLiteral("Systems Curriculum"));
        QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 0);
    }
}

void TestCli::exportRoadmapKeepsStatuses()
{
    const QString db = m_dir.filePath(QStringLiteral("statuses.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("--import-roadmap"),
                  TestFiles::data(QStringLiteral("import/statuses.md"))})
                 .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("statuses-out.md"));
    QCOMPARE(
        run({QStringLiteral("--database"), db, QStringLiteral("--export-roadmap"), out}).exitCode,
        0);
    const QByteArray md = TestFiles::read(out);
    QVERIFY(md.contains("- [ ] Write a Dockerfile <!-- status: doing -->"));
    QVERIFY(md.contains("- [ ] Compose two services <!-- status: skipped -->"));
    const QString copy = m_dir.filePath(QStringLiteral("statuses-copy.sqlite"));
    QCOMPARE(
        run({QStringLiteral("--database"), copy, QStringLiteral("--import-roadmap"), out}).exitCode,
        0);
    const QJsonObject s =
        QJsonDocument::fromJson(
            run({QStringLiteral("--database"), copy, QStringLiteral("--summary")}).out)
            .object();
    // Four items, one skipped: three count, one of them done.
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 3);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("done")].toInt(), 1);
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

void TestCli::quickAddsWithoutAWindowWriteTheFile()
{
    const QString db = m_dir.filePath(QStringLiteral("quick.sqlite"));
    Result r = run({QStringLiteral("--database"), db, QStringLiteral("--add-problem"),
                    QStringLiteral("two sum #arrays easy 25m solved")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Added problem \"Two Sum\" (easy, solved, #arrays)\n"));
    QCOMPARE(problemTotal(db), 1);
    // The same problem twice is refused, and nothing more is written.
    r = run({QStringLiteral("--database"), db, QStringLiteral("--add-problem"),
             QStringLiteral("Two Sum")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("roadmap-planner: \"Two Sum\" is already in your log\n"));
    QCOMPARE(problemTotal(db), 1);

    r = run({QStringLiteral("--database"), db, QStringLiteral("--add-application"),
             QStringLiteral("Acme | Backend Developer | LinkedIn")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Added application: Acme — Backend Developer (LinkedIn)\n"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("--add-application"),
             QStringLiteral("Acme")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the role is missing"));
    const QJsonObject summary =
        QJsonDocument::fromJson(
            run({QStringLiteral("--database"), db, QStringLiteral("--summary")}).out)
            .object();
    QCOMPARE(summary[QStringLiteral("applications")][QStringLiteral("total")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("applications")][QStringLiteral("today")].toInt(), 1);
}

void TestCli::tickWithoutAWindow()
{
    const QString db = m_dir.filePath(QStringLiteral("tick.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("--import-roadmap"),
                  TestFiles::data(QStringLiteral("quick-commands-plan.md"))})
                 .exitCode,
             0);
    const auto done = [this, &db] {
        return QJsonDocument::fromJson(
                   run({QStringLiteral("--database"), db, QStringLiteral("--summary")})
                       .out)[QStringLiteral("roadmap")][QStringLiteral("done")]
            .toInt();
    };
    QCOMPARE(done(), 1);
    // "Route" is part of two titles: refused, naming them.
    Result r =
        run({QStringLiteral("--database"), db, QStringLiteral("--tick"), QStringLiteral("route")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("\"Routers and middleware\", \"Route parameters\""), r.err.constData());
    r = run({QStringLiteral("--database"), db, QStringLiteral("--tick"),
             QStringLiteral("routers AND middleware")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Ticked \"Routers and middleware\"\n"));
    QCOMPARE(done(), 2);
    r = run({QStringLiteral("--database"), db, QStringLiteral("--tick"),
             QStringLiteral("No such item")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(done(), 2);
}

void TestCli::quickCommandOptionsAreChecked()
{
    const QString db = m_dir.filePath(QStringLiteral("options.sqlite"));
    Result r = run({QStringLiteral("--database"), db, QStringLiteral("--add-problem"),
                    QStringLiteral("a"), QStringLiteral("--tick"), QStringLiteral("b")});
    QCOMPARE(r.exitCode, 2);
    r = run(
        {QStringLiteral("--database"), db, QStringLiteral("--show"), QStringLiteral("calendar")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--show 'calendar' is not one of"));
    QVERIFY(!QFileInfo::exists(db));
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::measuringStartUpLeavesTheSettings()
{
    // The benchmark opens the window hundreds of times: each run reports the
    // milliseconds to the first paint and changes nothing of the user's, where
    // closing the window used to save the measuring window's geometry.
    const QString db = m_dir.filePath(QStringLiteral("measure.sqlite"));
    QVERIFY(run({QStringLiteral("--database"), db, QStringLiteral("--summary")}).exitCode == 0);
    const QString settings =
        m_dir.filePath(QStringLiteral(".config/RoadmapPlanner/roadmap-planner.conf"));
    QFile::remove(settings);
    const Result measured =
        run({QStringLiteral("--measure-startup"), QStringLiteral("--database"), db});
    QCOMPARE(measured.exitCode, 0);
    bool number = false;
    QVERIFY(measured.out.trimmed().toInt(&number) > 0 && number);
    QVERIFY2(
        !QFileInfo::exists(settings) ||
            !QSettings(settings, QSettings::IniFormat).contains(QStringLiteral("window/geometry")),
        qPrintable(settings));
}

#include "tst_cli.moc"
