#include "ApplicationFixtures.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/calendar/CalendarExporter.h"
#include "core/dsa/ProblemQuickAdd.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The calendar export read back by an independent parser (python3-icalendar):
// every kind of event, interview times in UTC, and hostile text intact.
class TestCalendarExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eventsParseBackWithTheirText();
    void reExportKeepsTheUids();

private:
    bool fill(Workspace& ws, const QString& name);
    QJsonObject parse(const QString& path);
    QJsonObject eventByUid(const QJsonObject& calendar, const QString& uid);

    QTemporaryDir m_dir;
    qint64 m_application = 0;
    // Every character a calendar file treats specially, and a line break.
    const QString m_company = QStringLiteral("Acme, Inc; \"R&D\" \\ Labs\nसर्च टीम");
    const QTimeZone m_kolkata{QByteArrayLiteral("Asia/Kolkata")};
};

void TestCalendarExport::initTestCase()
{
    const QString python = QStringLiteral(PLANNER_PYTHON3);
    if (python.isEmpty() || python.endsWith(QLatin1String("NOTFOUND")))
        QSKIP("python3 is not installed: the calendar is not parsed back here.");
}

bool TestCalendarExport::fill(Workspace& ws, const QString& name)
{
    if (!ws.open(m_dir.filePath(name), Workspace::Seed::Nothing))
        return false;
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::readFile(TestFiles::data(QStringLiteral("calendar-plan.md")), &plan,
                                         &error))
        return false;
    PlanCalendar::apply(&plan, QDate(2026, 1, 1));
    if (!ws.importPlan(plan))
        return false;
    m_application = ws.applications().add(
        ApplicationFixtures::make(m_company, QStringLiteral("Backend Developer"),
                                  QStringLiteral("applied"), QDate(2026, 6, 1)));
    ApplicationRecord record = ws.applications().loadRecord(m_application);
    InterviewRound technical;
    technical.kind = QStringLiteral("technical");
    technical.date = QDate(2026, 6, 3);
    technical.time = QTime(14, 30); // the user's wall clock: Kolkata here
    technical.notes = QStringLiteral("Bring: laptop, ID; \\ notes");
    InterviewRound hr;
    hr.kind = QStringLiteral("hr");
    hr.date = QDate(2026, 6, 5);
    record.rounds = {technical, hr};
    if (!ws.applications().update(record))
        return false;
    Problem problem;
    if (!ProblemQuickAdd::parse(QStringLiteral("two sum #arrays easy solved"), QDate(2026, 6, 1),
                                &problem, &error))
        return false;
    problem.title = QStringLiteral("=HYPERLINK(\"x\"), a; b \\ c");
    problem.slug = Problem::slugify(problem.title);
    return ws.problems().add(problem) != 0;
}

QJsonObject TestCalendarExport::parse(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral(PLANNER_PYTHON3),
                 {QStringLiteral(PLANNER_SOURCE_DIR "/tests/core/parse_ics.py"), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QJsonObject TestCalendarExport::eventByUid(const QJsonObject& calendar, const QString& uid)
{
    for (const QJsonValue& e : calendar.value(QStringLiteral("events")).toArray()) {
        if (e[QStringLiteral("uid")].toString() == uid)
            return e.toObject();
    }
    return {};
}

void TestCalendarExport::eventsParseBackWithTheirText()
{
    Workspace ws;
    QVERIFY(fill(ws, QStringLiteral("parsed.sqlite")));
    const QString path = m_dir.filePath(QStringLiteral("planner.ics"));
    CalendarExporter::Options options;
    options.stamp = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    options.zone = m_kolkata;
    int count = 0;
    QString error;
    QVERIFY2(CalendarExporter::write(ws, path, options, &count, &error), qPrintable(error));
    const QJsonObject calendar = parse(path);
    QVERIFY2(!calendar.isEmpty(), "python3-icalendar could not read the file");
    const QJsonArray events = calendar[QStringLiteral("events")].toArray();
    // A week, a deliverable, two rounds, a follow-up and one day of reviews.
    QCOMPARE(count, 6);
    QCOMPARE(events.size(), 6);
    QSet<QString> uids;
    for (const QJsonValue& e : events) {
        uids.insert(e[QStringLiteral("uid")].toString());
        QCOMPARE(e[QStringLiteral("stamp")][QStringLiteral("value")].toString(),
                 QStringLiteral("2026-06-01T08:00:00"));
    }
    QCOMPARE(uids.size(), 6);

    // 14:30 in Kolkata is 09:00 UTC, an hour long; hostile text intact.
    const QJsonObject technical = eventByUid(
        calendar, CalendarExporter::uid(QStringLiteral("interview-%1-1").arg(m_application)));
    QCOMPARE(technical[QStringLiteral("start")][QStringLiteral("value")].toString(),
             QStringLiteral("2026-06-03T09:00:00"));
    QCOMPARE(technical[QStringLiteral("start")][QStringLiteral("tz")].toString(),
             QStringLiteral("UTC"));
    QCOMPARE(technical[QStringLiteral("end")][QStringLiteral("value")].toString(),
             QStringLiteral("2026-06-03T10:00:00"));
    QCOMPARE(technical[QStringLiteral("summary")].toString(),
             QStringLiteral("Technical round: ") + m_company +
                 QStringLiteral(" — Backend Developer"));
    QVERIFY(technical[QStringLiteral("description")].toString().endsWith(
        QStringLiteral("\nBring: laptop, ID; \\ notes")));

    // A round with a date only is an all-day event.
    const QJsonObject hr = eventByUid(
        calendar, CalendarExporter::uid(QStringLiteral("interview-%1-2").arg(m_application)));
    QCOMPARE(hr[QStringLiteral("start")][QStringLiteral("date")].toBool(), true);
    QCOMPARE(hr[QStringLiteral("start")][QStringLiteral("value")].toString(),
             QStringLiteral("2026-06-05"));

    Application application;
    QVERIFY(ws.applications().load(m_application, &application));
    const QDate due = ws.applicationModel().followUpRule().dueDate(application);
    const QJsonObject followUp = eventByUid(
        calendar, CalendarExporter::uid(QStringLiteral("follow-up-%1").arg(m_application)));
    QCOMPARE(followUp[QStringLiteral("start")][QStringLiteral("value")].toString(),
             due.toString(Qt::ISODate));
    QCOMPARE(followUp[QStringLiteral("end")][QStringLiteral("value")].toString(),
             due.addDays(1).toString(Qt::ISODate));

    bool week = false;
    bool deliverable = false;
    bool reviews = false;
    for (const QJsonValue& e : events) {
        const QString summary = e[QStringLiteral("summary")].toString();
        if (summary == u"Week 1-2: HTTP, REST; \"APIs\" \\ and more") {
            week = true;
            QCOMPARE(e[QStringLiteral("start")][QStringLiteral("value")].toString(),
                     QStringLiteral("2026-01-01"));
            QCOMPARE(e[QStringLiteral("end")][QStringLiteral("value")].toString(),
                     QStringLiteral("2026-01-15"));
        } else if (summary == u"Deliverable: Month 1: Foundations") {
            deliverable = true;
            QCOMPARE(e[QStringLiteral("description")].toString(),
                     QStringLiteral("A REST API, with tests; deployed"));
        } else if (summary.startsWith(QLatin1String("DSA reviews due"))) {
            reviews = true;
            QCOMPARE(e[QStringLiteral("description")].toString(),
                     QStringLiteral("=HYPERLINK(\"x\"), a; b \\ c"));
        }
    }
    QVERIFY(week);
    QVERIFY(deliverable);
    QVERIFY(reviews);
}

void TestCalendarExport::reExportKeepsTheUids()
{
    Workspace ws;
    QVERIFY(fill(ws, QStringLiteral("again.sqlite")));
    CalendarExporter::Options first;
    first.stamp = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    const QByteArray before = CalendarExporter::build(ws, first);
    // A renamed company and a later export: the same events, updated.
    ApplicationRecord record = ws.applications().loadRecord(m_application);
    record.application.company = QStringLiteral("Acme Renamed");
    QVERIFY(ws.applications().update(record));
    CalendarExporter::Options second;
    second.stamp = first.stamp.addDays(3);
    const QByteArray after = CalendarExporter::build(ws, second);
    const auto uids = [](const QByteArray& ics) {
        QStringList list;
        for (const QByteArray& line : ics.split('\n')) {
            if (line.startsWith("UID:"))
                list << QString::fromUtf8(line.trimmed());
        }
        return list;
    };
    QCOMPARE(uids(after), uids(before));
    QVERIFY(after.contains("Acme Renamed"));
    QVERIFY(!after.contains("Acme\\, Inc"));
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
