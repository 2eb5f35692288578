#include "TestFiles.h"
#include "Workspace.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/DateParser.h"
#include "jobs/ApplicationCsvExporter.h"
#include "jobs/ApplicationCsvImporter.h"
#include "jobs/ApplicationCsvMapping.h"
#include "jobs/ApplicationModel.h"
#include "jobs/ApplicationStore.h"
#include "jobs/StageTextParser.h"

#include <QTemporaryDir>
#include <QTest>

// CSV reading and writing, the messy-spreadsheet mapping, and the all-or-nothing import.
class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void readerHandlesRfc4180();
    void readerReportsMalformedRecords();
    void dates_data();
    void dates();
    void headerSynonyms_data();
    void headerSynonyms();
    void freeTextStatuses_data();
    void freeTextStatuses();
    void messyFileImports();
    void jobSyncPreset();
    void malformedFileLeavesDatabaseUnchanged();
    void formulaEscapingOnExport();
    void exportRoundTrips();

private:
    ApplicationCsvImporter::Result readFile(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestCsvImport::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("csv.sqlite"))));
}

ApplicationCsvImporter::Result TestCsvImport::readFile(const QString& name)
{
    return ApplicationCsvImporter::read(TestFiles::read(TestFiles::data(name)), name,
                                        m_ws->applications().loadAll(), QDate(2026, 3, 20));
}

void TestCsvImport::readerHandlesRfc4180()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "\"x, y\",\"he said \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                             "\n"
                             "plain,,last\r"
                             "5\" screen,\"\",end";
    const CsvReader::Result r = CsvReader::parse(bytes);
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows[0].fields,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(r.rows[1].line, 2);
    QCOMPARE(r.rows[1].fields[0], QStringLiteral("x, y"));
    QCOMPARE(r.rows[1].fields[1], QStringLiteral("he said \"hi\""));
    QCOMPARE(r.rows[1].fields[2], QStringLiteral("two\r\nlines"));
    QCOMPARE(r.rows[2].line, 5); // the record spanned two lines, then a blank line
    QCOMPARE(r.rows[2].fields,
             (QStringList{QStringLiteral("plain"), QString(), QStringLiteral("last")}));
    QCOMPARE(r.rows[3].line, 6); // a lone CR ends a line too
    QCOMPARE(r.rows[3].fields[0], QStringLiteral("5\" screen"));
    QCOMPARE(r.rows[3].fields[1], QString());
    // Not UTF-8: read as Latin-1 rather than losing the row.
    const CsvReader::Result latin = CsvReader::parse("Caf\xE9,x\n");
    QCOMPARE(latin.rows[0].fields[0], QStringLiteral("Café"));
}

void TestCsvImport::readerReportsMalformedRecords()
{
    const CsvReader::Result after = CsvReader::parse("a,b\n1,\"two\"x\n3,4\n");
    QCOMPARE(after.errors.size(), 1);
    QCOMPARE(after.errors[0].line, 2);
    QCOMPARE(after.errors[0].field, 2);
    QVERIFY(after.errors[0].message.contains(QStringLiteral("closing quote")));
    QCOMPARE(after.rows.size(), 3);
    const CsvReader::Result open = CsvReader::parse("a,b\n1,2\n3,\"four\n5,6\n");
    QCOMPARE(open.errors.size(), 1);
    QCOMPARE(open.errors[0].line, 3);
    QVERIFY(open.errors[0].message.contains(QStringLiteral("not closed")));
}

void TestCsvImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("partial");
    const QDate d(2026, 3, 5);
    QTest::newRow("iso") << "2026-03-05" << d << false;
    QTest::newRow("iso slashes") << "2026/03/05" << d << false;
    QTest::newRow("iso short parts") << "2026-3-5" << d << false;
    QTest::newRow("iso datetime Z") << "2026-03-05T10:20:30.000Z" << d << false;
    QTest::newRow("iso datetime offset") << "2026-03-05T10:20:30+05:30" << d << false;
    QTest::newRow("sql datetime") << "2026-03-05 10:20" << d << false;
    QTest::newRow("dd/MM/yyyy") << "05/03/2026" << d << false;
    QTest::newRow("dd-MM-yyyy") << "05-03-2026" << d << false;
    QTest::newRow("dd.MM.yy") << "05.03.26" << d << false;
    QTest::newRow("MM/dd/yyyy when day > 12") << "03/25/2026" << QDate(2026, 3, 25) << false;
    QTest::newRow("dd/MM/yyyy when day > 12") << "25/03/2026" << QDate(2026, 3, 25) << false;
    QTest::newRow("d MMM yyyy") << "5 Mar 2026" << d << false;
    QTest::newRow("d MMMM yyyy") << "5 March 2026" << d << false;
    QTest::newRow("ordinal") << "5th March 2026" << d << false;
    QTest::newRow("excel dd-MMM-yy") << "05-Mar-26" << d << false;
    QTest::newRow("MMM d, yyyy") << "Mar 5, 2026" << d << false;
    QTest::newRow("MMMM d yyyy") << "march 5 2026" << d << false;
    QTest::newRow("weekday") << "Thu, 5 Mar 2026" << d << false;
    QTest::newRow("sept") << "5 Sept 2026" << QDate(2026, 9, 5) << false;
    QTest::newRow("padded") << "  2026-03-05  " << d << false;
    QTest::newRow("excel serial") << "46086" << d << false;
    QTest::newRow("partial iso month") << "2026-03" << QDate(2026, 3, 1) << true;
    QTest::newRow("partial MM/yyyy") << "03/2026" << QDate(2026, 3, 1) << true;
    QTest::newRow("partial month name") << "March 2026" << QDate(2026, 3, 1) << true;
    QTest::newRow("partial short month") << "Mar 2026" << QDate(2026, 3, 1) << true;
    QTest::newRow("31 February") << "31/02/2026" << QDate() << false;
    QTest::newRow("month 13") << "2026-13-01" << QDate() << false;
    QTest::newRow("13/13") << "13/13/2026" << QDate() << false;
    QTest::newRow("day 32") << "32 Jan 2026" << QDate() << false;
    QTest::newRow("word") << "yesterday" << QDate() << false;
    QTest::newRow("fake month") << "5 Smarch 2026" << QDate() << false;
    QTest::newRow("empty") << "" << QDate() << false;
    QTest::newRow("year only") << "2026" << QDate() << false;
    QTest::newRow("small number") << "12345" << QDate() << false;
    QTest::newRow("trailing junk") << "2026-03-05 soon" << QDate() << false;
}

void TestCsvImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(bool, partial);
    bool isPartial = false;
    QCOMPARE(DateParser::parse(text, &isPartial), expected);
    QCOMPARE(isPartial, partial);
}

void TestCsvImport::headerSynonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    using M = ApplicationCsvMapping;
    for (const char* h : {"Company", "Employer", "Company Name", " company_name "})
        QTest::newRow(h) << QString::fromLatin1(h) << int(M::Company);
    for (const char* h : {"Role", "Title", "Job Title", "Position", "JOB-TITLE"})
        QTest::newRow(h) << QString::fromLatin1(h) << int(M::Role);
    for (const char* h : {"Date", "Applied Date", "Application Date", "Date Applied"})
        QTest::newRow(h) << QString::fromLatin1(h) << int(M::AppliedOn);
    for (const char* h : {"Status", "Result", "Stage", "List"})
        QTest::newRow(h) << QString::fromLatin1(h) << int(M::Stage);
    for (const char* h : {"URL", "Link", "Application URL"})
        QTest::newRow(h) << QString::fromLatin1(h) << int(M::Link);
    QTest::newRow("salary with unit") << QStringLiteral("Salary (LPA)") << int(M::SalaryAdvertised);
    QTest::newRow("expected ctc") << QStringLiteral("Expected CTC") << int(M::SalaryExpected);
    QTest::newRow("unknown") << QStringLiteral("Favourite colour") << int(M::Ignore);
}

void TestCsvImport::headerSynonyms()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(ApplicationCsvMapping::fieldForHeader(header)), field);
}

void TestCsvImport::freeTextStatuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stage");
    const QList<QPair<const char*, const char*>> cases = {
        {"Applied", "applied"},
        {"  APPLIED  ", "applied"},
        {"applied ✅", "applied"},
        {"Submitted", "applied"},
        {"Wish list", "wishlist"},
        {"Saved", "wishlist"},
        {"To Apply", "wishlist"},
        {"OA", "screening"},
        {"Online Assessment", "screening"},
        {"Phone Screen", "screening"},
        {"Interviewing (2nd round)", "interviewing"},
        {"Interview scheduled", "interviewing"},
        {"intervew", "interviewing"},
        {"[Offer]", "offer"},
        {"Offer received!!", "offer"},
        {"Offer Accepted", "accepted"},
        {"Joined", "accepted"},
        {"Rejected", "rejected"},
        {"rejectd", "rejected"},
        {"Not selected after interview", "rejected"},
        {"No response", "ghosted"},
        {"GHOSTED 👻", "ghosted"},
        {"Withdrew", "withdrawn"},
        {"Declined", "withdrawn"},
        {"maybe later perhaps", ""},
        {"???", ""},
    };
    for (const auto& c : cases)
        QTest::newRow(c.first) << QString::fromUtf8(c.first) << QString::fromLatin1(c.second);
}

void TestCsvImport::freeTextStatuses()
{
    QFETCH(QString, text);
    QFETCH(QString, stage);
    QCOMPARE(StageTextParser::parse(text), stage);
}

void TestCsvImport::messyFileImports()
{
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("jobs/messy.csv"));
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.rows.size(), 6);
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(r.skipped[0].line, 9);
    QVERIFY(r.skipped[0].message.contains(QStringLiteral("line 3")));
    const Application& razorpay = r.rows[0].record.application;
    QCOMPARE(razorpay.company, QStringLiteral("Razorpay Software Pvt Ltd"));
    QCOMPARE(razorpay.stage, QStringLiteral("applied"));
    QCOMPARE(razorpay.appliedOn, QDate(2026, 3, 5));
    QCOMPARE(razorpay.notes, QStringLiteral("Referred by Asha, ex-colleague"));
    QCOMPARE(razorpay.salaryAdvertised, 12.0);
    const Application& zoho = r.rows[1].record.application;
    QCOMPARE(r.rows[1].line, 3);
    QCOMPARE(zoho.stage, QStringLiteral("screening"));
    QCOMPARE(zoho.notes, QStringLiteral("Said \"call back\"\r\nnext week"));
    QCOMPARE(r.rows[2].record.application.role, QStringLiteral("Software Engineer"));
    QCOMPARE(r.rows[2].record.application.stage, QStringLiteral("interviewing"));
    QCOMPARE(r.rows[2].record.application.appliedOn, QDate(2026, 3, 7));
    QCOMPARE(r.rows[3].record.application.company, QStringLiteral("Just A Company"));
    QCOMPARE(r.rows[3].record.application.stage, QStringLiteral("wishlist"));
    QCOMPARE(r.rows[4].record.application.stage, QStringLiteral("offer"));
    QCOMPARE(r.rows[4].record.application.salaryAdvertised, 18.0);
    QCOMPARE(r.rows[5].record.application.appliedOn, QDate(2026, 3, 1));
    QCOMPARE(r.rows[5].record.application.stage, QStringLiteral("ghosted"));

    QString error;
    QVERIFY(ApplicationCsvImporter::commit(m_ws->applications(), r, &error));
    QCOMPARE(m_ws->applications().total(), 6);
    QCOMPARE(m_ws->applicationModel().rowCount(), 6);
    // Importing the same file again finds every row already there.
    const ApplicationCsvImporter::Result again = readFile(QStringLiteral("jobs/messy.csv"));
    QCOMPARE(again.rows.size(), 0);
    QCOMPARE(again.skipped.size(), 7);
}

void TestCsvImport::jobSyncPreset()
{
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("jobs/jobsync.csv"));
    QCOMPARE(r.preset, QStringLiteral("JobSync"));
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].record.application.company, QStringLiteral("Acme Corp"));
    QCOMPARE(r.rows[0].record.application.role, QStringLiteral("Frontend Developer"));
    QCOMPARE(r.rows[0].record.application.appliedOn, QDate(2026, 3, 2));
    QCOMPARE(r.rows[0].record.application.source, QStringLiteral("LinkedIn"));
    QCOMPARE(r.rows[0].record.application.location, QStringLiteral("Bengaluru"));
    QCOMPARE(r.rows[1].record.application.stage, QStringLiteral("wishlist"));
    QCOMPARE(r.rows[1].record.application.appliedOn, QDate(2026, 3, 3)); // from createdAt
    QVERIFY(r.rows[1].record.application.remote);
    QCOMPARE(r.rows[2].record.application.stage, QStringLiteral("interviewing"));
    QCOMPARE(r.mapping[2], ApplicationCsvMapping::Ignore); // "applied" is a yes/no flag there
}

void TestCsvImport::malformedFileLeavesDatabaseUnchanged()
{
    m_ws->applications().add([] {
        Application a;
        a.company = QStringLiteral("Existing");
        a.role = QStringLiteral("Dev");
        return a;
    }());
    const QByteArray before = TestFiles::hash(m_dir->filePath(QStringLiteral("csv.sqlite")));
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("jobs/malformed.csv"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems[0].line, 3);
    QCOMPARE(r.problems[0].field, QStringLiteral("Date"));
    QVERIFY(r.problems[0].message.contains(QStringLiteral("31/02/2026")));
    QCOMPARE(r.problems[1].line, 4);
    QVERIFY(r.problems[0]
                .describe(r.fileName)
                .startsWith(QStringLiteral("jobs/malformed.csv:3: Date:")));

    // A failure half-way through the write rolls everything back.
    ApplicationCsvImporter::Result broken = readFile(QStringLiteral("jobs/messy.csv"));
    broken.rows[3].record.application.companyType = QStringLiteral("not-a-type"); // CHECK fails
    QString error;
    QVERIFY(!ApplicationCsvImporter::commit(m_ws->applications(), broken, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_ws->applications().total(), 1);
    QCOMPARE(m_ws->applications().allHistory().size(), 1);
    QCOMPARE(m_ws->applicationModel().rowCount(), 1);
    QCOMPARE(TestFiles::hash(m_dir->filePath(QStringLiteral("csv.sqlite"))), before);
}

void TestCsvImport::formulaEscapingOnExport()
{
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("+91 99999")), QStringLiteral("'+91 99999"));
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("Razorpay")), QStringLiteral("Razorpay"));
    QCOMPARE(CsvWriter::escapeFormula(QStringLiteral("a=b")), QStringLiteral("a=b"));
    Application a;
    a.id = 1;
    a.company = QStringLiteral("=cmd|' /C calc'!A0");
    a.role = QStringLiteral("Dev, \"senior\"");
    a.notes = QStringLiteral("@evil");
    const QByteArray csv = ApplicationCsvExporter::applications({a}, {});
    QVERIFY(csv.contains("'=cmd|' /C calc'!A0"));
    QVERIFY(csv.contains("\"Dev, \"\"senior\"\"\""));
    QVERIFY(csv.contains("'@evil"));
    const CsvReader::Result back = CsvReader::parse(csv);
    QVERIFY(back.ok());
    QCOMPARE(back.rows[1].fields[0], QStringLiteral("'=cmd|' /C calc'!A0"));
}

void TestCsvImport::exportRoundTrips()
{
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("jobs/messy.csv"));
    QString error;
    QVERIFY(ApplicationCsvImporter::commit(m_ws->applications(), r, &error));
    ApplicationStore& store = m_ws->applications();
    const QVector<Application> apps = store.loadAll();
    const QByteArray csv = ApplicationCsvExporter::applications(apps, store.allHistory());
    const QByteArray history = ApplicationCsvExporter::history(apps, store.allHistory());
    QCOMPARE(CsvReader::parse(history).rows.size(), 1 + 6);
    QVERIFY(history.contains("Zoho,SDE,,screening,2026-03-06"));

    // Into a fresh file: the same applications come back.
    Workspace other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))));
    const ApplicationCsvImporter::Result back =
        ApplicationCsvImporter::read(csv, QStringLiteral("export.csv"), {}, QDate(2026, 3, 20));
    QVERIFY(back.ok());
    QCOMPARE(back.rows.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const Application& x = back.rows[i].record.application;
        QCOMPARE(x.company, apps[i].company);
        QCOMPARE(x.role, apps[i].role);
        QCOMPARE(x.stage, apps[i].stage);
        QCOMPARE(x.appliedOn, apps[i].appliedOn);
        QCOMPARE(x.notes, apps[i].notes);
        QCOMPARE(x.salaryAdvertised, apps[i].salaryAdvertised);
    }
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
