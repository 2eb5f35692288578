#include "core/Workspace.h"
#include "core/stats/ActivityStats.h"
#include "core/stats/PipelineStats.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"

#include <QTemporaryDir>
#include <QTest>

// The numbers the DSA and Applications charts draw, on known data.
class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void attemptsPerDay();
    void minutesPerWeek();
    void funnelCountsFurthestStage();
    void appliedPerDayHasEveryDay();

private:
    void exec(const QString& sql, std::initializer_list<QVariant> values);
    QTemporaryDir m_dir;
    Workspace m_ws;
};

void TestStats::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    Query q(m_ws.database(), sql);
    q.bindAll(values);
    QVERIFY2(q.exec(), qPrintable(q.errorString()));
}

void TestStats::initTestCase()
{
    QVERIFY(m_ws.open(m_dir.filePath(QStringLiteral("stats.sqlite"))));
    exec(QStringLiteral("INSERT INTO problem(id, slug, title) VALUES(?, ?, ?)"),
         {1, QStringLiteral("two-sum"), QStringLiteral("Two Sum")});
    const QString attempt =
        QStringLiteral("INSERT INTO attempt(problem_id, day, minutes) VALUES(1, ?, ?)");
    exec(attempt, {QStringLiteral("2026-03-02"), 30}); // Monday
    exec(attempt, {QStringLiteral("2026-03-02"), 15});
    exec(attempt, {QStringLiteral("2026-03-08"), 20}); // Sunday, same week
    exec(attempt, {QStringLiteral("2026-03-10"), 45}); // next week
    exec(attempt, {QStringLiteral("2026-01-05"), 60}); // out of range below

    const QString app = QStringLiteral(
        "INSERT INTO application(id, company, role, stage, applied_on) VALUES(?, 'C', 'R', ?, ?)");
    const QString event = QStringLiteral(
        "INSERT INTO stage_event(application_id, to_stage, changed_on) VALUES(?, ?, '2026-03-01')");
    exec(app, {1, QStringLiteral("applied"), QStringLiteral("2026-03-01")});
    exec(app, {2, QStringLiteral("interviewing"), QStringLiteral("2026-03-01")});
    exec(app, {3, QStringLiteral("rejected"), QStringLiteral("2026-03-03")});
    exec(event, {3, QStringLiteral("applied")});
    exec(event, {3, QStringLiteral("screening")});
    exec(event, {3, QStringLiteral("rejected")});
    exec(app, {4, QStringLiteral("wishlist"), QVariant()}); // never sent
    exec(app, {5, QStringLiteral("offer"), QStringLiteral("2026-03-03")});
}

void TestStats::attemptsPerDay()
{
    const QMap<QDate, int> days =
        ActivityStats(m_ws.database()).attemptsPerDay(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.value(QDate(2026, 3, 2)), 2);
    QCOMPARE(days.value(QDate(2026, 3, 8)), 1);
    QCOMPARE(days.value(QDate(2026, 3, 10)), 1);
}

void TestStats::minutesPerWeek()
{
    const QVector<ActivityStats::Week> weeks =
        ActivityStats(m_ws.database()).minutesPerWeek(QDate(2026, 3, 12), 3);
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks[0].monday, QDate(2026, 2, 23));
    QCOMPARE(weeks[0].minutes, 0);
    QCOMPARE(weeks[1].monday, QDate(2026, 3, 2));
    QCOMPARE(weeks[1].minutes, 65);
    QCOMPARE(weeks[2].minutes, 45);
    QVERIFY(ActivityStats(m_ws.database()).minutesPerWeek(QDate(2026, 3, 12), 0).isEmpty());
}

void TestStats::funnelCountsFurthestStage()
{
    const QVector<PipelineStats::Step> funnel = PipelineStats(m_ws.database()).funnel();
    QCOMPARE(funnel.size(), 5);
    QCOMPARE(funnel[0].stage, QStringLiteral("applied"));
    QCOMPARE(funnel[0].reached, 4); // all but the wishlist entry
    QCOMPARE(funnel[1].reached, 3); // screening: 2, 3 (rejected after it), 5
    QCOMPARE(funnel[2].reached, 2); // interviewing: 2, 5
    QCOMPARE(funnel[3].reached, 1); // offer: 5
    QCOMPARE(funnel[4].reached, 0);
}

void TestStats::appliedPerDayHasEveryDay()
{
    const QMap<QDate, int> days =
        PipelineStats(m_ws.database()).appliedPerDay(QDate(2026, 3, 1), QDate(2026, 3, 4));
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.value(QDate(2026, 3, 1)), 2);
    QCOMPARE(days.value(QDate(2026, 3, 2)), 0);
    QCOMPARE(days.value(QDate(2026, 3, 3)), 2);
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
