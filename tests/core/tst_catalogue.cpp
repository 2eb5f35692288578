#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemCsvWriter.h"
#include "core/dsa/ProblemImporter.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"

#include <QTemporaryDir>
#include <QTest>

// Both catalogue formats, the preview (duplicates, bad rows) and the all-or-nothing write.
class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void leetCodeCsv();
    void neetCodeJson();
    void builtInCatalogue();
    void malformedRowIsReportedWithLineAndField();
    void formulaAndStrayQuoteRowsAreKept();
    void abortWritesNothing();
    void skipImportsTheRest();
    void undoTakesTheImportedTopicsAway();
    void duplicatesMatchedBySlug();
    void exportReadsBack();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("planner.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCatalogue::leetCodeCsv()
{
    const auto r = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("leetcode-list.csv"))));
    QVERIFY(r.ok());
    QCOMPARE(r.format, CatalogueReader::Format::Csv);
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.rows.size(), 5);
    const Problem& pow = r.rows[0].problem;
    QCOMPARE(pow.title, QStringLiteral("Pow(x, n)"));
    QCOMPARE(pow.slug, QStringLiteral("powx-n")); // from the link, as LeetCode names it
    QCOMPARE(pow.difficulty, Problem::Difficulty::Medium);
    QCOMPARE(pow.topics, (QStringList{QStringLiteral("Math"), QStringLiteral("Recursion")}));
    QCOMPARE(r.rows[0].line, 2);
    QCOMPARE(r.rows[1].problem.difficulty, Problem::Difficulty::Easy);
    QCOMPARE(r.rows[2].problem.title, QStringLiteral("Alien's Dictionary"));
    QCOMPARE(r.rows[2].problem.difficulty, Problem::Difficulty::Hard);
    QCOMPARE(r.rows[3].problem.title, QStringLiteral("Say \"Hello\" World"));
    QVERIFY(r.rows[3].problem.topics.isEmpty()); // empty topic field
    QCOMPARE(r.rows[3].problem.slug, QStringLiteral("say-hello-world"));
    // A cell that looks like a formula is kept as text.
    QCOMPARE(r.rows[4].problem.title, QStringLiteral("=HYPERLINK(\"x\")"));
}

void TestCatalogue::neetCodeJson()
{
    const auto r = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("neetcode-sample.json"))));
    QVERIFY(r.ok());
    QCOMPARE(r.format, CatalogueReader::Format::NeetCodeJson);
    QCOMPARE(r.rows.size(), 4);
    const Problem& first = r.rows[0].problem;
    QCOMPARE(first.title, QStringLiteral("Contains Duplicate"));
    QCOMPARE(first.link, QStringLiteral("https://leetcode.com/problems/contains-duplicate/"));
    QCOMPARE(first.slug, QStringLiteral("contains-duplicate"));
    QCOMPARE(first.topics, QStringList{QStringLiteral("Arrays & Hashing")});
    QCOMPARE(first.catalogues,
             (QStringList{QStringLiteral("neetcode150"), QStringLiteral("blind75")}));
    QCOMPARE(r.rows[1].problem.title, QStringLiteral("Pow(x, n)"));
    QCOMPARE(r.rows[1].problem.catalogues, QStringList{QStringLiteral("neetcode150")});
    QVERIFY(r.rows[2].problem.catalogues.isEmpty());
    QCOMPARE(r.rows[3].problem.difficulty, Problem::Difficulty::Hard);
}

void TestCatalogue::builtInCatalogue()
{
    const auto r = CatalogueReader::builtIn();
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 150);
    int blind = 0;
    for (const auto& row : r.rows)
        blind += row.problem.catalogues.contains(QStringLiteral("blind75")) ? 1 : 0;
    QCOMPARE(blind, 75);
}

void TestCatalogue::malformedRowIsReportedWithLineAndField()
{
    const auto r = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("leetcode-malformed.csv"))));
    QVERIFY(r.ok());
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues[0].line, 4);
    QCOMPARE(r.issues[0].field, QStringLiteral("Difficulty"));
    QVERIFY(r.issues[0]
                .describe(QStringLiteral("list.csv"))
                .startsWith(QLatin1String("list.csv:4: Difficulty:")));
    QCOMPARE(r.rows.size(), 5);

    const auto wrongWidth = CatalogueReader::read("Title,Difficulty\nTwo Sum,Easy,extra\n");
    QCOMPARE(wrongWidth.issues.size(), 1);
    QCOMPARE(wrongWidth.issues[0].line, 2);
    const auto noTitle = CatalogueReader::read("Name?,Difficulty\nx,Easy\n");
    QVERIFY(!noTitle.ok());
}

void TestCatalogue::formulaAndStrayQuoteRowsAreKept()
{
    // A company-wise list: a HYPERLINK formula with doubled quotes and text after
    // its closing quote, then a quote that never closes. Neither sinks the file.
    const auto r = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("import/formula-problems.csv"))));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[0].line, 2);
    QCOMPARE(r.rows[0].problem.title, QStringLiteral("Two Sum x"));
    QCOMPARE(r.rows[0].problem.link, QStringLiteral("https://leetcode.com/problems/two-sum/"));
    QCOMPARE(r.rows[0].problem.slug, QStringLiteral("two-sum"));
    QCOMPARE(r.rows[2].problem.title, QStringLiteral("\"Merge Intervals"));
    QCOMPARE(r.rows[3].problem.title, QStringLiteral("LRU Cache"));
    QCOMPARE(r.rows[3].line, 5);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings[0].line, 2);
    QCOMPARE(r.warnings[0].field, QStringLiteral("Title"));
    QVERIFY(r.warnings[0].message.contains(QLatin1String("closing quote")));
    QCOMPARE(r.warnings[1].line, 4);
    QCOMPARE(r.warnings[1].field, QStringLiteral("Title"));
    QVERIFY(r.warnings[1].message.contains(QLatin1String("not closed")));
}

void TestCatalogue::abortWritesNothing()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    Problem existing;
    existing.title = QStringLiteral("Valid Anagram");
    QVERIFY(ws.problems().add(existing) > 0);
    const int before = ws.problems().total();
    const auto read = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("leetcode-malformed.csv"))));
    QCOMPARE(read.issues.first().line, 4);
    const auto preview = ProblemImporter::preview(read, ws.problems().duplicateKeys());
    // A big list, cancelled half-way: the transaction rolls back, nothing shows.
    QVector<ProblemRecord> records = ProblemImporter::records(preview, QDate(2026, 3, 1));
    for (int i = 0; i < 250; ++i) {
        ProblemRecord r = records.first();
        r.problem.title = QStringLiteral("Generated %1").arg(i);
        r.problem.slug = Problem::slugify(r.problem.title);
        records.append(r);
    }
    ReplaceProblemsCommand command(ws.problems(), {}, records, QString());
    QString error;
    bool cancelled = false;
    int reports = 0;
    QVERIFY(!command.run(
        ws.database(), [&reports](int, int) { return ++reports < 3; }, &error, &cancelled));
    QVERIFY(cancelled);
    QCOMPARE(reports, 3);
    QCOMPARE(ws.problems().total(), before);
    QCOMPARE(ws.problemModel().rowCount(), before);
}

void TestCatalogue::skipImportsTheRest()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const auto read = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("leetcode-malformed.csv"))));
    const auto preview = ProblemImporter::preview(read, ws.problems().duplicateKeys());
    QString error;
    auto* command = new ReplaceProblemsCommand(
        ws.problems(), {}, ProblemImporter::records(preview, QDate(2026, 3, 1)), QString());
    QVERIFY(command->run(ws.database(), {}, &error));
    ws.undoStack().push(command); // the rows are in already; push adds the undo step only
    QCOMPARE(ws.problems().total(), 5);
    QCOMPARE(ws.problemModel().rowCount(), 5);
    QVERIFY(!ws.problems().exists(QStringLiteral("broken-row")));
    QVERIFY(ws.problems().exists(QStringLiteral("powx-n")));
    ws.undoStack().undo();
    QCOMPARE(ws.problems().total(), 0);
    ws.undoStack().redo();
    QCOMPARE(ws.problemModel().rowCount(), 5);
}

void TestCatalogue::undoTakesTheImportedTopicsAway()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    // A topic of the user's, with a target: an undone import must leave it alone.
    QVERIFY(ws.topics().setTarget(QStringLiteral("Array"), 5, 0));
    const QStringList before = ws.topics().names();
    const auto read = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("import/formula-problems.csv"))));
    const auto preview = ProblemImporter::preview(read, ws.problems().duplicateKeys());
    QString error;
    auto* command = new ReplaceProblemsCommand(
        ws.problems(), {}, ProblemImporter::records(preview, QDate(2026, 3, 1)), QString());
    QVERIFY2(command->run(ws.database(), {}, &error), qPrintable(error));
    ws.undoStack().push(command);
    QVERIFY(ws.topics().names().contains(QStringLiteral("Hash Table")));
    ws.undoStack().undo();
    QCOMPARE(ws.topics().names(), before);
    QCOMPARE(ws.topicModel().rowCount(), int(before.size()));
    ws.undoStack().redo();
    QVERIFY(ws.topics().names().contains(QStringLiteral("Hash Table")));
    QCOMPARE(ws.problems().total(), 4);
}

void TestCatalogue::duplicatesMatchedBySlug()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    Problem typed; // typed by hand: slug from the title, not the link
    typed.title = QStringLiteral("Two Sum");
    QVERIFY(ws.problems().add(typed) > 0);
    Problem linked;
    linked.title = QStringLiteral("Power of x");
    linked.slug = QStringLiteral("powx-n");
    QVERIFY(ws.problems().add(linked) > 0);
    const auto read = CatalogueReader::read(
        TestFiles::read(TestFiles::data(QStringLiteral("leetcode-list.csv"))));
    // The same list twice in one file counts its second copy as duplicates too.
    auto twice = read;
    twice.rows += read.rows;
    const auto preview = ProblemImporter::preview(twice, ws.problems().duplicateKeys());
    QCOMPARE(preview.toAdd.size(), 3);
    QCOMPARE(preview.duplicates.size(), 7);
    QCOMPARE(preview.duplicates[0].problem.title, QStringLiteral("Pow(x, n)"));
    QCOMPARE(preview.duplicates[1].problem.title, QStringLiteral("Two Sum"));
}

void TestCatalogue::exportReadsBack()
{
    Problem p;
    p.title = QStringLiteral("=cmd|' /C calc'!A0");
    p.topics = {QStringLiteral("Arrays"), QStringLiteral("Strings")};
    p.status = Problem::Status::Solved;
    p.difficulty = Problem::Difficulty::Hard;
    Problem q;
    q.title = QStringLiteral("Pow(x, n)");
    const QByteArray csv = ProblemCsvWriter::write({p, q});
    QVERIFY(csv.contains("\r\n'=cmd|' /C calc'!A0,Hard,"));
    const auto r = CatalogueReader::read(csv);
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].problem.title, QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(r.rows[0].problem.topics, p.topics);
    QCOMPARE(r.rows[0].problem.status, Problem::Status::Solved);
    QCOMPARE(r.rows[0].problem.difficulty, Problem::Difficulty::Hard);
    QCOMPARE(r.rows[1].problem.title, q.title);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
