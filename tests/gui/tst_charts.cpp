#include "ChartImage.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/Problem.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/Application.h"
#include "core/jobs/ApplicationStore.h"
#include "core/skills/AddSkillCommand.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "core/stats/PipelineStats.h"
#include "core/storage/EditStack.h"
#include "core/storage/Query.h"
#include "gui/charts/ActivityHeatmap.h"
#include "gui/charts/ChartExporter.h"
#include "gui/charts/ChartFactory.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartViewPanel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <memory>

// The chart module: every chart by name, exported PNGs at the requested size
// that are not blank, and charts that follow their data.
class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void namesAreStable();
    void exportHasRequestedSizeAndIsNotBlank_data();
    void exportHasRequestedSizeAndIsNotBlank();
    void scaleMultipliesPixels();
    void rebuildLeavesNoStaleAxes();
    void parseSize();
    void skillChartFollowsTheModel();
    void skillChartKnowsItsHeightBeforeItIsDrawn();
    void funnelLeavesEmptyStateWhenAnApplicationArrives();
    void dsaChartFollowsProblems();
    void heatmapShadesPracticeDays();
    void reportWritesPngAndPdf();
    void devanagariSkillNamesRender();
    void darkPaletteDrawsLightOnDark();
    void axesEndJustPastTheData();
    void funnelShowsConversion();
    void funnelOnScreenCountsInTheBackground();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestCharts::initTestCase()
{
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("charts.sqlite"))));
    // Some levels, so "now" bars exist.
    SkillModel& model = m_ws->skillModel();
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.setData(model.index(row, SkillModel::LevelColumn), 2 + row % 9));
}

void TestCharts::namesAreStable()
{
    // Scripts and the README use these names: changing one breaks them.
    const QStringList expected = {
        QStringLiteral("skills-targets"),     QStringLiteral("skills-radar"),
        QStringLiteral("skills-history"),     QStringLiteral("dsa-topics"),
        QStringLiteral("activity-heatmap"),   QStringLiteral("minutes-per-week"),
        QStringLiteral("application-funnel"), QStringLiteral("daily-applications")};
    QCOMPARE(ChartFactory::names(), expected);
    for (const QString& name : expected) {
        std::unique_ptr<ChartPanel> panel(ChartFactory::create(name, *m_ws));
        QVERIFY2(panel, qPrintable(name));
        QCOMPARE(panel->chartName(), name);
    }
    QVERIFY(!ChartFactory::create(QStringLiteral("pie"), *m_ws));
    QVERIFY(!ChartFactory::contains(QStringLiteral("pie")));
}

void TestCharts::exportHasRequestedSizeAndIsNotBlank_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("axes");
    QTest::newRow("skills-targets") << QStringLiteral("skills-targets") << true;
    QTest::newRow("skills-radar") << QStringLiteral("skills-radar") << false;
    QTest::newRow("skills-history") << QStringLiteral("skills-history") << true;
    QTest::newRow("dsa-topics") << QStringLiteral("dsa-topics") << true;
    QTest::newRow("minutes-per-week") << QStringLiteral("minutes-per-week") << true;
    QTest::newRow("daily-applications") << QStringLiteral("daily-applications") << true;
    QTest::newRow("activity-heatmap") << QStringLiteral("activity-heatmap") << false;
}

void TestCharts::exportHasRequestedSizeAndIsNotBlank()
{
    QFETCH(QString, name);
    QFETCH(bool, axes);
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    QString error;
    QVERIFY2(ChartExporter::savePng(*m_ws, name, path, QSize(900, 560), 1.0, &error),
             qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(900, 560));
    QVERIFY2(ChartImage::distinctColours(image) >= 6,
             qPrintable(QString::number(ChartImage::distinctColours(image))));
    const double ink = ChartImage::inkShare(image);
    QVERIFY2(ink > 0.02 && ink < 0.9, qPrintable(QString::number(ink)));
    if (axes) {
        QVERIFY2(ChartImage::hasLine(image, Qt::Horizontal, 0.5), "no horizontal axis");
        QVERIFY2(ChartImage::hasLine(image, Qt::Vertical, 0.5), "no vertical axis");
    }
}

void TestCharts::scaleMultipliesPixels()
{
    const QImage image =
        ChartExporter::render(*m_ws, QStringLiteral("skills-targets"), QSize(400, 300), 2.0);
    QCOMPARE(image.size(), QSize(800, 600));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QVERIFY(ChartExporter::render(*m_ws, QStringLiteral("nope"), QSize(400, 300)).isNull());
    QString error;
    QVERIFY(!ChartExporter::savePng(*m_ws, QStringLiteral("nope"),
                                    m_dir.filePath(QStringLiteral("x.png")), QSize(400, 300), 1,
                                    &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

void TestCharts::rebuildLeavesNoStaleAxes()
{
    // Qt Charts deletes old axis items later; an export right after a rebuild
    // must not draw them under the new axes.
    std::unique_ptr<ChartPanel> chart(ChartFactory::create(QStringLiteral("dsa-topics"), *m_ws));
    const QImage first = ChartExporter::render(chart.get(), QSize(640, 420));
    chart->refresh();
    chart->refresh();
    QCOMPARE(ChartExporter::render(chart.get(), QSize(640, 420)), first);
}

void TestCharts::parseSize()
{
    QCOMPARE(ChartExporter::parseSize(QStringLiteral("1920x1080")), QSize(1920, 1080));
    QCOMPARE(ChartExporter::parseSize(QStringLiteral(" 800 X 600 ")), QSize(800, 600));
    QCOMPARE(ChartExporter::parseSize(QStringLiteral("800×600")), QSize(800, 600));
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("12x")));
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("0x0")));
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("100x100"))); // too small to read
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("20000x1000")));
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("-5x300")));
}

void TestCharts::skillChartFollowsTheModel()
{
    std::unique_ptr<ChartPanel> chart(
        ChartFactory::create(QStringLiteral("skills-targets"), *m_ws));
    const QImage before = ChartExporter::render(chart.get(), QSize(600, 400));
    const int revision = chart->revision();
    SkillModel& model = m_ws->skillModel();
    const QModelIndex level = model.index(0, SkillModel::LevelColumn);
    QVERIFY(model.setData(level, level.data(SkillModel::LevelRole).toInt() == 14 ? 1 : 14));
    QTRY_VERIFY(chart->revision() > revision); // rebuilt from the model's signal
    const QImage after = ChartExporter::render(chart.get(), QSize(600, 400));
    QVERIFY(before != after);
    // Undo is a model change too.
    const int again = chart->revision();
    m_ws->undoStack().undo();
    QTRY_VERIFY(chart->revision() > again);
    // Same data, same picture: nothing of the earlier builds is left behind.
    QCOMPARE(ChartExporter::render(chart.get(), QSize(600, 400)), before);

    // A new skill shows up in the history chart once it has a level.
    std::unique_ptr<ChartPanel> history(
        ChartFactory::create(QStringLiteral("skills-history"), *m_ws));
    history->refresh();
    const int historyRevision = history->revision();
    auto* add = new AddSkillCommand(m_ws->skills(), QStringLiteral("Kubernetes"),
                                    QStringLiteral("DevOps/Cloud"));
    m_ws->undoStack().push(add);
    QTRY_VERIFY(history->revision() > historyRevision);
    m_ws->undoStack().undo();
}

// In the Skills tab's scroll area, a height found only when the chart was
// first drawn grew the panel after its first layout: two more resizes, each a
// whole layout of the chart. The height must be there before the first build.
void TestCharts::skillChartKnowsItsHeightBeforeItIsDrawn()
{
    std::unique_ptr<ChartPanel> chart(
        ChartFactory::create(QStringLiteral("skills-targets"), *m_ws));
    QCOMPARE(chart->revision(), 0);
    const int before = chart->minimumSizeHint().height();
    QVERIFY(before > chart->fontMetrics().height() * 9);
    chart->refresh();
    QCOMPARE(chart->minimumSizeHint().height(), before);

    // And when the last skill goes, the rows' height goes with it.
    auto* panel = qobject_cast<ChartViewPanel*>(chart.get());
    QVERIFY(panel);
    const int revision = chart->revision();
    for (const Skill& s : m_ws->skills().loadSkills())
        QVERIFY(m_ws->skills().removeSkill(s.id));
    QTRY_VERIFY(chart->revision() > revision);
    QVERIFY(panel->isShowingEmptyState());
    QVERIFY2(chart->minimumSizeHint().height() < before / 2,
             qPrintable(QString::number(chart->minimumSizeHint().height())));
}

namespace {
// An application sent today, in the Applied stage.
Application appliedToday(const QString& company, const QString& role)
{
    Application a;
    a.company = company;
    a.role = role;
    a.stage = QStringLiteral("applied");
    a.appliedOn = QDate::currentDate();
    return a;
}
} // namespace

void TestCharts::funnelLeavesEmptyStateWhenAnApplicationArrives()
{
    std::unique_ptr<ChartPanel> panel(
        ChartFactory::create(QStringLiteral("application-funnel"), *m_ws));
    auto* funnel = qobject_cast<ChartViewPanel*>(panel.get());
    QVERIFY(funnel);
    funnel->refresh();
    QVERIFY(funnel->isShowingEmptyState());
    const int revision = funnel->revision();
    Application a = appliedToday(QStringLiteral("Acme"), QStringLiteral("Backend Engineer"));
    QVERIFY(m_ws->applications().add(a) > 0);
    QTRY_VERIFY(funnel->revision() > revision);
    QVERIFY(!funnel->isShowingEmptyState());
    const QImage image = ChartExporter::render(funnel, QSize(800, 500));
    QVERIFY(ChartImage::hasLine(image, Qt::Vertical, 0.5));
}

void TestCharts::dsaChartFollowsProblems()
{
    std::unique_ptr<ChartPanel> chart(ChartFactory::create(QStringLiteral("dsa-topics"), *m_ws));
    const QImage before = ChartExporter::render(chart.get(), QSize(700, 450));
    const int revision = chart->revision();
    Problem p;
    p.slug = QStringLiteral("contains-duplicate");
    p.title = QStringLiteral("Contains Duplicate");
    p.status = Problem::Status::Solved;
    p.topics = {QStringLiteral("Arrays and Strings")};
    QVERIFY(m_ws->problems().add(p) > 0);
    QTRY_VERIFY(chart->revision() > revision);
    QVERIFY(ChartExporter::render(chart.get(), QSize(700, 450)) != before);
}

void TestCharts::heatmapShadesPracticeDays()
{
    ActivityHeatmap heatmap(*m_ws);
    heatmap.setLastDay(QDate(2026, 6, 30));
    const QImage empty = ChartExporter::render(&heatmap, QSize(800, 240));
    Query problem(m_ws->database(), QStringLiteral("SELECT id FROM problem LIMIT 1"));
    QVERIFY(problem.exec() && problem.next());
    for (int day = 0; day < 30; ++day) {
        Query q(m_ws->database(),
                QStringLiteral("INSERT INTO attempt(problem_id, day, minutes) VALUES(?, ?, 30)"));
        q.bindAll({problem.value(0), Query::dateValue(QDate(2026, 6, 1).addDays(day))});
        QVERIFY(q.exec());
    }
    heatmap.refresh();
    const QImage shaded = ChartExporter::render(&heatmap, QSize(800, 240));
    QVERIFY(shaded != empty);
    // Practice days are drawn in the in-progress blue.
    int blue = 0;
    for (int y = 0; y < shaded.height(); ++y) {
        for (int x = 0; x < shaded.width(); ++x) {
            const QColor c = shaded.pixelColor(x, y);
            blue += c.blue() > c.red() + 60 ? 1 : 0;
        }
    }
    QVERIFY(blue > 30 * 20);
}

void TestCharts::reportWritesPngAndPdf()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("report.png"));
    QVERIFY2(ChartExporter::saveReport(*m_ws, png, &error), qPrintable(error));
    const QImage page(png);
    QCOMPARE(page.size(), QSize(2000, 1414));
    QVERIFY(ChartImage::distinctColours(page) > 10);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(ChartExporter::saveReport(*m_ws, pdf, &error), qPrintable(error));
    QVERIFY(TestFiles::read(pdf).startsWith("%PDF"));
}

void TestCharts::devanagariSkillNamesRender()
{
    // A Hindi skill name must not break layout or export.
    auto* add = new AddSkillCommand(m_ws->skills(), QStringLiteral("गणित"),
                                    QStringLiteral("CS fundamentals"));
    m_ws->undoStack().push(add);
    QVERIFY(add->skillId() > 0);
    const QImage image =
        ChartExporter::render(*m_ws, QStringLiteral("skills-targets"), QSize(800, 600));
    QCOMPARE(image.size(), QSize(800, 600));
    QVERIFY(ChartImage::inkShare(image) > 0.02);
    const QByteArray dump = qgetenv("PLANNER_TEST_DUMP");
    if (!dump.isEmpty())
        image.save(QString::fromLocal8Bit(dump) + QStringLiteral("/devanagari.png"));
    m_ws->undoStack().undo();
}

void TestCharts::darkPaletteDrawsLightOnDark()
{
    const QPalette light = QApplication::palette();
    QPalette dark(QColor(0x2b, 0x2b, 0x2b), QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    for (const QString& name :
         {QStringLiteral("skills-targets"), QStringLiteral("activity-heatmap")}) {
        const QImage image = ChartExporter::render(*m_ws, name, QSize(800, 500));
        QVERIFY2(qGray(image.pixel(0, 0)) < 80, qPrintable(name));
        // Title and labels in the light text colour.
        int lightPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                lightPixels += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
        }
        QVERIFY2(lightPixels > 500, qPrintable(name));
        // PLANNER_TEST_DUMP names a folder to look at the images in.
        const QByteArray dump = qgetenv("PLANNER_TEST_DUMP");
        if (!dump.isEmpty())
            image.save(QString::fromLocal8Bit(dump) + QStringLiteral("/dark-") + name +
                       QStringLiteral(".png"));
    }
    QApplication::setPalette(light);
}

void TestCharts::axesEndJustPastTheData()
{
    const auto end = [](double most) {
        QValueAxis axis;
        ChartStyle::fitValueAxis(&axis, most);
        return std::pair<double, int>(axis.max(), axis.tickCount());
    };
    QCOMPARE(end(230), (std::pair<double, int>(250, 6)));
    QCOMPARE(end(200).first, 200.0);
    QCOMPARE(end(95), (std::pair<double, int>(100, 6)));
    QCOMPARE(end(14).first, 14.0);
    QCOMPARE(end(5), (std::pair<double, int>(5, 6)));
    QCOMPARE(end(0).first, 1.0);
}

void TestCharts::funnelShowsConversion()
{
    // One application moved on to screening of the ones applied: the screening row says its share.
    Application a = appliedToday(QStringLiteral("Beta"), QStringLiteral("API Developer"));
    const qint64 id = m_ws->applications().add(a);
    QVERIFY(id > 0);
    QVERIFY(!m_ws->applications()
                 .moveStages({id}, QStringLiteral("screening"), QDate::currentDate())
                 .isEmpty());
    std::unique_ptr<ChartPanel> panel(
        ChartFactory::create(QStringLiteral("application-funnel"), *m_ws));
    auto* funnel = qobject_cast<ChartViewPanel*>(panel.get());
    QVERIFY(funnel);
    ChartExporter::render(funnel, QSize(800, 500));
    const auto axes = funnel->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const QStringList stages = qobject_cast<QBarCategoryAxis*>(axes.first())->categories();
    bool found = false;
    for (const QString& stage : stages)
        found = found || (stage.startsWith(QStringLiteral("Online assessment")) &&
                          stage.endsWith(QStringLiteral("%")));
    QVERIFY2(found, qPrintable(stages.join(u'|')));
}

void TestCharts::funnelOnScreenCountsInTheBackground()
{
    // On screen the funnel's counts are read on a worker: the first build
    // draws the frame only, the bars follow, and a change is counted again.
    Application a = appliedToday(QStringLiteral("Gamma"), QStringLiteral("Backend Developer"));
    QVERIFY(m_ws->applications().add(a) > 0);
    const auto applied = [this] {
        return PipelineStats(m_ws->database()).funnel().first().reached;
    };
    const int before = applied();
    std::unique_ptr<ChartPanel> panel(
        ChartFactory::create(QStringLiteral("application-funnel"), *m_ws));
    auto* funnel = qobject_cast<ChartViewPanel*>(panel.get());
    QVERIFY(funnel);
    funnel->resize(600, 400);
    funnel->show();
    QCOMPARE(funnel->revision(), 1);
    QVERIFY(funnel->chart()->series().isEmpty());
    QVERIFY(!funnel->isShowingEmptyState());
    const auto shownApplied = [funnel]() -> qreal {
        const auto series = funnel->chart()->series();
        if (series.isEmpty())
            return -1;
        const QBarSet* set = static_cast<QAbstractBarSeries*>(series.first())->barSets().first();
        return set->at(set->count() - 1); // "Applied" is the top row, appended last
    };
    QTRY_COMPARE(shownApplied(), qreal(before));
    a.company = QStringLiteral("Delta");
    QVERIFY(m_ws->applications().add(a) > 0);
    QCOMPARE(applied(), before + 1);
    QTRY_COMPARE(shownApplied(), qreal(before + 1));
    // A resize redraws at once from the counts it has: the bars never blank.
    const int revision = funnel->revision();
    funnel->resize(640, 420);
    QTRY_VERIFY(funnel->revision() > revision);
    QCOMPARE(shownApplied(), qreal(before + 1));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
