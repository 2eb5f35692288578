#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/DateParser.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationCsvExporter.h"
#include "core/jobs/ApplicationCsvImporter.h"
#include "core/jobs/ApplicationCsvMapping.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/StageTextParser.h"
#include "core/storage/Database.h"

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
    void readerRecoversAndResyncs();
    void relativeAndYearlessDates();
    void salaryRanges();
    void spreadsheetRowsAreNeverDropped();
    void messyWordsBecomeStages();
    void trackerExportWithStageHistory();
    void stageHistoryFormats();
    void trackerPresets_data();
    void trackerPresets();
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
    bool commit(const ApplicationCsvImporter::Result& result, QString* error);
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

bool TestCsvImport::commit(const ApplicationCsvImporter::Result& result, QString* error)
{
    // The write every import shares: one transaction, as the window and the CLI do it.
    AddApplicationCommand command(m_ws->applications(), ApplicationCsvImporter::records(result),
                                  QString());
    return command.run(m_ws->database(), {}, error);
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
    QCOMPARE(open.errors[0].field, 2);
    QVERIFY(open.errors[0].message.contains(QStringLiteral("not closed")));
}

void TestCsvImport::readerRecoversAndResyncs()
{
    // A formula cell with doubled quotes and a character after its closing quote.
    const QByteArray formula = "Title,Difficulty\n"
                               "\"=HYPERLINK(\"\"https://x.test/a\"\",\"\"A\"\")\"x,Easy\n"
                               "B,Medium\n";
    const CsvReader::Result strict = CsvReader::parse(formula);
    QVERIFY(!strict.ok());
    QCOMPARE(strict.errors.size(), 1);
    QCOMPARE(strict.errors[0].line, 2);
    QCOMPARE(strict.errors[0].field, 1);
    QCOMPARE(strict.rows.size(), 3);
    QCOMPARE(strict.rows[1].fields[0], QStringLiteral("=HYPERLINK(\"https://x.test/a\",\"A\")x"));
    QCOMPARE(strict.rows[1].fields[1], QStringLiteral("Easy"));
    const CsvReader::Result lenient = CsvReader::parse(formula, u',', CsvReader::Mode::Lenient);
    QVERIFY(lenient.ok()); // recovered and kept
    QCOMPARE(lenient.errors.size(), 1);
    QVERIFY(lenient.errors[0].kept);

    // A quote that never closes costs its own record, not the rest of the file.
    const QByteArray open = "a,b,c\n1,2,3\n\"four,5,6\n7,8,9\n10,\"x\ny\",11\n";
    const CsvReader::Result r = CsvReader::parse(open, u',', CsvReader::Mode::Lenient);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 3);
    QCOMPARE(r.errors[0].field, 1);
    QVERIFY(r.errors[0].message.contains(QStringLiteral("not closed")));
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(r.rows[2].fields,
             (QStringList{QStringLiteral("\"four"), QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(r.rows[3].line, 4);
    QCOMPARE(r.rows[3].fields[0], QStringLiteral("7"));
    // A good multi-line field after the broken one still reads as one field.
    QCOMPARE(r.rows[4].line, 5);
    QCOMPARE(r.rows[4].fields[1], QStringLiteral("x\ny"));
}

void TestCsvImport::relativeAndYearlessDates()
{
    const QDate today(2026, 3, 20);
    QCOMPARE(DateParser::parseRelative(QStringLiteral("today"), today), today);
    QCOMPARE(DateParser::parseRelative(QStringLiteral(" Yesterday "), today), QDate(2026, 3, 19));
    QCOMPARE(DateParser::parseRelative(QStringLiteral("3 days ago"), today), QDate(2026, 3, 17));
    QCOMPARE(DateParser::parseRelative(QStringLiteral("2 weeks ago"), today), QDate(2026, 3, 6));
    QVERIFY(!DateParser::parseRelative(QStringLiteral("soon"), today).isValid());
    int month = 0;
    int day = 0;
    QVERIFY(DateParser::parseWithoutYear(QStringLiteral("8-Jul"), &month, &day));
    QCOMPARE(month, 7);
    QCOMPARE(day, 8);
    QVERIFY(DateParser::parseWithoutYear(QStringLiteral("July 8th"), &month, &day));
    QCOMPARE(month, 7);
    QVERIFY(DateParser::parseWithoutYear(QStringLiteral("29 Feb"), &month, &day));
    QVERIFY(!DateParser::parseWithoutYear(QStringLiteral("31 Feb"), &month, &day));
    QVERIFY(!DateParser::parseWithoutYear(QStringLiteral("8/82019"), &month, &day));
    // The year that puts the date nearest its neighbour, across a new year too.
    QCOMPARE(DateParser::nearest(1, 2, QDate(2019, 12, 30)), QDate(2020, 1, 2));
    QCOMPARE(DateParser::nearest(7, 8, QDate(2019, 8, 7)), QDate(2019, 7, 8));
}

void TestCsvImport::salaryRanges()
{
    double low = 0;
    double high = 0;
    QVERIFY(ApplicationCsvImporter::parseLpaRange(QStringLiteral("8-10 LPA"), &low, &high));
    QCOMPARE(low, 8.0);
    QCOMPARE(high, 10.0);
    QVERIFY(ApplicationCsvImporter::parseLpaRange(QStringLiteral("₹8L – ₹12L"), &low, &high));
    QCOMPARE(high, 12.0);
    QVERIFY(ApplicationCsvImporter::parseLpaRange(QStringLiteral("6 to 9 lakhs"), &low, &high));
    QCOMPARE(low, 6.0);
    QVERIFY(ApplicationCsvImporter::parseLpaRange(QStringLiteral("12.5"), &low, &high));
    QCOMPARE(low, high);
    QVERIFY(!ApplicationCsvImporter::parseLpaRange(QStringLiteral("about ten"), &low, &high));
}

void TestCsvImport::spreadsheetRowsAreNeverDropped()
{
    const ApplicationCsvImporter::Result r =
        readFile(QStringLiteral("import/spreadsheet-applications.csv"));
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.rows.size(), 5);
    // 8/82019: no date, the text in the notes, a warning naming line and field.
    const Application& contoso = r.rows[1].record.application;
    QVERIFY(!contoso.appliedOn.isValid());
    QVERIFY(contoso.notes.contains(QStringLiteral("typed in a hurry")));
    QVERIFY(contoso.notes.contains(QStringLiteral("Date Applied: 8/82019")));
    QCOMPARE(contoso.stage, QStringLiteral("rejected"));
    const auto warningOn = [&r](int line, const QString& field) -> const ImportIssue* {
        for (const ImportIssue& w : r.warnings) {
            if (w.line == line && w.field == field)
                return &w;
        }
        return nullptr;
    };
    QVERIFY(warningOn(3, QStringLiteral("Date Applied")));
    QVERIFY(
        warningOn(3, QStringLiteral("Date Applied"))
            ->describe(r.fileName)
            .startsWith(QStringLiteral("import/spreadsheet-applications.csv:3: Date Applied:")));
    // 8-Jul takes its year from the rows around it.
    QCOMPARE(r.rows[2].record.application.appliedOn, QDate(2019, 7, 8));
    QCOMPARE(r.rows[2].record.application.stage, QStringLiteral("applied")); // "ongoing"
    QVERIFY(warningOn(4, QStringLiteral("Date Applied")));
    // Two dates in one cell: the first, and the text kept.
    const Application& tailspin = r.rows[3].record.application;
    QCOMPARE(tailspin.appliedOn, QDate(2019, 3, 8));
    QVERIFY(tailspin.notes.contains(QStringLiteral("8/3/2019 and 9/9/2019")));
    QVERIFY(warningOn(5, QStringLiteral("Date Applied")));
    QCOMPARE(r.rows[4].record.application.stage, QStringLiteral("applied"));

    QString error;
    QVERIFY(commit(r, &error));
    QCOMPARE(m_ws->applications().total(), 5);
}

void TestCsvImport::messyWordsBecomeStages()
{
    const ApplicationCsvImporter::Result r =
        readFile(QStringLiteral("import/messy-applications.csv"));
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QCOMPARE(r.mapping[3], ApplicationCsvMapping::Stage); // "Current Status"
    QCOMPARE(r.mapping[6], ApplicationCsvMapping::StageColumn);
    QCOMPARE(r.mapping[7], ApplicationCsvMapping::StageColumn);
    QCOMPARE(r.mapping[8], ApplicationCsvMapping::StageColumn);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.skipped.isEmpty());
    QCOMPARE(r.rows.size(), 7);
    const auto app = [&r](int i) { return r.rows[i].record.application; };
    // Two roles at one company on one day are two applications, with a warning.
    QCOMPARE(app(0).role, QStringLiteral("Development Internship"));
    QCOMPARE(app(1).role, QStringLiteral("Quantitative Development Internship"));
    bool similar = false;
    for (const ImportIssue& w : r.warnings)
        similar = similar || (w.line == 3 && w.message.contains(QStringLiteral("line 2")));
    QVERIFY(similar);
    QCOMPARE(app(0).stage, QStringLiteral("screening"));
    QCOMPARE(app(0).salaryAdvertised, 8.0);
    QVERIFY(app(0).notes.contains(QStringLiteral("8-10 LPA")));
    QVERIFY(app(0).remote); // WFH
    QCOMPARE(app(1).stage, QStringLiteral("screening"));
    QVERIFY(app(1).notes.contains(QStringLiteral("Coding Challenge: expired")));
    QCOMPARE(app(2).appliedOn, QDate(2026, 3, 19)); // yesterday
    QCOMPARE(app(2).stage, QStringLiteral("screening"));
    QVERIFY(app(2).remote);
    QCOMPARE(app(3).stage, QStringLiteral("rejected"));
    QVERIFY(app(3).remote); // hybrid
    // Unknown status and unreadable salary: kept, with warnings on the line.
    QCOMPARE(app(4).stage, QStringLiteral("applied"));
    QVERIFY(app(4).notes.contains(QStringLiteral("maybe later perhaps")));
    QVERIFY(app(4).notes.contains(QStringLiteral("Salary: about ten")));
    int lumenWarnings = 0;
    for (const ImportIssue& w : r.warnings)
        lumenWarnings += w.line == 6 ? 1 : 0;
    QCOMPARE(lumenWarnings, 2);
    QCOMPARE(app(5).appliedOn, QDate(2026, 3, 20)); // today
    QCOMPARE(app(6).stage, QStringLiteral("ghosted"));

    // Stage-named columns are stage events, in order, ending at the status.
    const QVector<StageEvent>& orbit = r.rows[3].record.history;
    QStringList stages;
    for (const StageEvent& e : orbit)
        stages.append(e.toStage);
    QCOMPARE(stages, (QStringList{QStringLiteral("applied"), QStringLiteral("screening"),
                                  QStringLiteral("interviewing"), QStringLiteral("rejected")}));
    QCOMPARE(orbit.last().fromStage, QStringLiteral("interviewing"));

    QString error;
    QVERIFY(commit(r, &error));
    QCOMPARE(m_ws->applications().total(), 7);
}

void TestCsvImport::trackerExportWithStageHistory()
{
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("import/tracker-export.csv"));
    QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
    QCOMPARE(r.mapping[0], ApplicationCsvMapping::Company); // "Name"
    QCOMPARE(r.mapping[1], ApplicationCsvMapping::Link);
    QCOMPARE(r.mapping[4], ApplicationCsvMapping::StageHistory);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.rows.size(), 3);
    const ApplicationRecord& acme = r.rows[0].record;
    QCOMPARE(acme.application.company, QStringLiteral("Acme Cloud"));
    QCOMPARE(acme.application.stage, QStringLiteral("interviewing"));
    QCOMPARE(acme.application.stageSince, QDate(2026, 2, 20));
    QCOMPARE(acme.history.size(), 3);
    QCOMPARE(acme.history[1].toStage, QStringLiteral("screening"));
    QCOMPARE(acme.history[1].changedOn, QDate(2026, 2, 14));
    QCOMPARE(acme.history[1].fromStage, QStringLiteral("applied"));
    QCOMPARE(r.rows[1].record.history.last().changedOn, QDate(2026, 2, 25));

    QString error;
    QVERIFY(commit(r, &error));
    int acmeEvents = 0;
    for (const StageEvent& e : m_ws->applications().allHistory())
        acmeEvents += e.changedOn >= QDate(2026, 2, 10) && e.changedOn <= QDate(2026, 2, 20) &&
                              e.toStage != u"applied"
                          ? 1
                          : 0;
    QCOMPARE(acmeEvents, 2);
}

void TestCsvImport::stageHistoryFormats()
{
    const QDate today(2026, 3, 20);
    QString unread;
    QVector<StageEvent> e = ApplicationCsvImporter::parseStageHistory(
        QStringLiteral("2026-03-05 applied; 2026-03-09 screening"), today, &unread);
    QVERIFY(unread.isEmpty());
    QCOMPARE(e.size(), 2);
    QCOMPARE(e[1].toStage, QStringLiteral("screening"));
    e = ApplicationCsvImporter::parseStageHistory(
        QStringLiteral("Phone screen (9 Mar 2026) > Applied (5 Mar 2026)"), today, &unread);
    QCOMPARE(e.size(), 2);
    QCOMPARE(e[0].toStage, QStringLiteral("applied")); // oldest first
    QCOMPARE(e[1].fromStage, QStringLiteral("applied"));
    e = ApplicationCsvImporter::parseStageHistory(
        QStringLiteral("[{'stage': 'Offer', 'date': '2026-03-12'}]"), today, &unread);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].toStage, QStringLiteral("offer"));
    e = ApplicationCsvImporter::parseStageHistory(
        QStringLiteral("2026-03-05 applied; lunch with Sam"), today, &unread);
    QCOMPARE(e.size(), 1);
    QCOMPARE(unread, QStringLiteral("lunch with Sam"));
}

void TestCsvImport::trackerPresets_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("stageColumn");
    QTest::newRow("Huntr") << "Company,Title,List,URL,Location,Created"
                           << "Huntr" << 2;
    QTest::newRow("Teal") << "Company,Job Position,Status,Date Saved,Date Applied,Excitement"
                          << "Teal" << 2;
    QTest::newRow("Simplify") << "Company,Job Title,Status,Date Applied,Job URL,Location"
                              << "Simplify" << 2;
    QTest::newRow("JobSync") << "jobTitle,company,applied,status,jobSource,appliedDate"
                             << "JobSync" << 3;
    QTest::newRow("hand-made") << "Company,Role,Status,Date"
                               << "" << 2;
}

void TestCsvImport::trackerPresets()
{
    QFETCH(QString, header);
    QFETCH(QString, preset);
    QFETCH(int, stageColumn);
    const QStringList headers = header.split(u',');
    QCOMPARE(ApplicationCsvMapping::presetName(headers), preset);
    const QVector<ApplicationCsvMapping::Field> mapping =
        ApplicationCsvMapping::mapHeaders(headers);
    QCOMPARE(int(mapping.indexOf(ApplicationCsvMapping::Stage)), stageColumn);
    QVERIFY(mapping.contains(ApplicationCsvMapping::Company));
    QVERIFY(mapping.contains(ApplicationCsvMapping::Role));
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
        {"ongoing", "applied"},
        {"Pending", "applied"},
        {"in progress", "applied"},
        {"OA received", "screening"},
        {"Online test", "screening"},
        {"assessment", "screening"},
        {"HR call scheduled", "screening"},
        {"tech screen", "screening"},
        {"Onsite", "interviewing"},
        {"offer", "offer"},
        {"ghosted", "ghosted"},
        {"reeejected", "rejected"},
        {"got reeejected", "rejected"},
        {"Online assessment / Screening", "screening"},
        {"maybe later perhaps", ""},
        {"road trip", ""},
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
    QVERIFY(commit(r, &error));
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
    // An impossible date and a stray quote no longer cost their rows: warnings
    // name the line and field, the text is kept.
    const ApplicationCsvImporter::Result r = readFile(QStringLiteral("jobs/malformed.csv"));
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings[0].line, 3);
    QCOMPARE(r.warnings[0].field, QStringLiteral("Date"));
    QVERIFY(r.warnings[0].message.contains(QStringLiteral("31/02/2026")));
    QCOMPARE(r.warnings[1].line, 4);
    QCOMPARE(r.warnings[1].field, QStringLiteral("Company"));
    QVERIFY(r.warnings[0]
                .describe(r.fileName)
                .startsWith(QStringLiteral("jobs/malformed.csv:3: Date:")));
    QVERIFY(r.rows[1].record.application.notes.contains(QStringLiteral("31/02/2026")));

    // A failure half-way through the write rolls everything back.
    ApplicationCsvImporter::Result broken = readFile(QStringLiteral("jobs/messy.csv"));
    broken.rows[3].record.application.companyType = QStringLiteral("not-a-type"); // CHECK fails
    QString error;
    QVERIFY(!commit(broken, &error));
    // The file that was not written, and the column the database refused.
    QVERIFY2(error.startsWith(QStringLiteral("Could not write into ") +
                              m_dir->filePath(QStringLiteral("csv.sqlite"))),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("company_type")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("nothing was changed.")), qPrintable(error));
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
    QVERIFY(commit(r, &error));
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
