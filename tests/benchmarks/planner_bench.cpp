// planner-bench: measures the planner's hot paths in one run and prints a
// table and JSON. Build with the "bench" preset (Release) and run
//   build/bench/tests/benchmarks/planner-bench [--quick] [--keep] [--stalls FILE] [--import]
// Every figure is the median of repeated runs; nothing here asserts.

#include "BenchData.h"
#include "core/Workspace.h"
#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemModel.h"
#include "core/jobs/ApplicationModel.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartExporter.h"
#include "gui/common/InterfaceFont.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
QTextStream out(stdout);

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Peak resident memory of all finished child processes so far, in MB (Linux).
double childrenPeakMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
#else
    return 0;
#endif
}

// Whole process, from start to exit right after the first paint.
double timeProcess(const QString& program, const QStringList& args)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -1;
    return clock.nsecsElapsed() / 1e6;
}

struct Row
{
    QString what;
    double value;
    QString unit;
    QString goal;
};
QVector<Row> rows;

void report(const QString& what, double value, const QString& unit, const QString& goal)
{
    rows.append({what, value, unit, goal});
    out << qSetFieldWidth(58) << Qt::left << what << qSetFieldWidth(10) << Qt::right
        << QString::number(value, 'f', 1) << qSetFieldWidth(0) << ' ' << unit << "   " << goal
        << '\n';
    out.flush();
}

bool makeDatabase(const QString& path, const BenchData::Profile& profile)
{
    Workspace ws;
    if (!ws.open(path))
        return false;
    QString error;
    if (profile.weeks > 0) {
        ParsedPlan plan;
        if (!RoadmapMarkdownReader::parse(BenchData::markdownPlan(profile.weeks),
                                          QStringLiteral("stress.md"), &plan, &error))
            return false;
        PlanCalendar::apply(&plan);
        if (!ws.importPlan(plan))
            return false;
    }
    if (!BenchData::fill(ws.database(), profile, 20261126, &error)) {
        out << "generator: " << error << '\n';
        return false;
    }
    QSqlQuery(ws.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}
// The longest main-thread stall switching tabs and scrolling each to the end.
void measureStalls(Workspace& ws)
{
    MainWindow window(ws);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    double worst = 0;
    // Every step over the goal is named, so the stall to profile is known.
    const auto step = [&worst](const QString& what, double ms) {
        worst = std::max(worst, ms);
        if (ms > 50)
            out << "  stall: " << what << ' ' << QString::number(ms, 'f', 1) << " ms\n";
    };
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        QElapsedTimer t;
        t.start();
        window.tabs()->setCurrentIndex(tab);
        window.repaint();
        QCoreApplication::processEvents();
        const QString tabName = window.tabs()->widget(tab)->objectName();
        step(QStringLiteral("showing ") + tabName, t.nsecsElapsed() / 1e6);
        const auto views = window.tabs()->widget(tab)->findChildren<QAbstractItemView*>();
        for (QAbstractItemView* view : views) {
            if (!view->isVisible())
                continue;
            t.restart();
            view->scrollToBottom();
            view->viewport()->repaint();
            QCoreApplication::processEvents();
            step(QStringLiteral("scrolling ") + tabName + u'/' + view->objectName(),
                 t.nsecsElapsed() / 1e6);
        }
    }
    report(QStringLiteral("longest stall: switching tabs, scrolling to the end"), worst,
           QStringLiteral("ms"), QStringLiteral("≤ 50"));
}
// 3. Import of a 10,000-item plan against a raw bulk insert of the same rows.
void measureImport(const QTemporaryDir& tmp, int repeats)
{
    ParsedPlan plan;
    QString error;
    const QByteArray text = BenchData::markdownPlan(500);
    QVector<double> imports;
    QVector<double> raw;
    for (int i = 0; i < std::min(repeats, 5); ++i) {
        const QString path = tmp.filePath(QStringLiteral("import-%1.sqlite").arg(i));
        Workspace target;
        target.open(path, Workspace::Seed::Nothing);
        QElapsedTimer t;
        t.start();
        RoadmapMarkdownReader::parse(text, QStringLiteral("import.md"), &plan, &error);
        PlanCalendar::apply(&plan);
        ImportPlanCommand command(target, plan, ImportPlanCommand::Mode::Replace);
        command.run();
        imports.append(t.nsecsElapsed() / 1e6);

        const QString rawPath = tmp.filePath(QStringLiteral("raw-%1.sqlite").arg(i));
        Database db;
        db.open(rawPath);
        t.restart();
        Transaction tx(db);
        QSqlQuery q(db.connection());
        // The same rows means the same columns the importer stores for each
        // node (its Markdown title, notes, dates and source line too), bound
        // from the parsed plan; only the matching, topics and the rest are
        // the importer's own work.
        q.prepare(QStringLiteral(
            "INSERT INTO roadmap_node(parent_id, position, kind, title, title_markdown, notes, "
            "status, start_date, due_date, source_path, source_line) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        // A null QString binds as NULL, which the NOT NULL text columns refuse:
        // bound so, every insert fails and the floor measures failures.
        const auto orEmpty = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
        for (int n = 0; n < plan.nodes.size(); ++n) {
            const ParsedPlan::Node& node = plan.nodes[n];
            q.addBindValue(node.parent >= 0 ? QVariant(node.parent + 1) : QVariant());
            q.addBindValue(n);
            q.addBindValue(RoadmapNode::kindKey(node.kind));
            q.addBindValue(orEmpty(node.title));
            q.addBindValue(orEmpty(node.titleMarkdown));
            q.addBindValue(orEmpty(node.notes));
            q.addBindValue(
                RoadmapNode::statusKey(node.checked ? RoadmapNode::Status::Done : node.status));
            q.addBindValue(Query::dateValue(node.startDate));
            q.addBindValue(Query::dateValue(node.dueDate));
            q.addBindValue(orEmpty(node.path));
            q.addBindValue(node.line);
            q.exec();
        }
        tx.commit();
        raw.append(t.nsecsElapsed() / 1e6);
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM roadmap_node")) || !count.next() ||
            count.value(0).toInt() != plan.nodes.size())
            out << "  raw insert: only " << count.value(0).toInt() << " of " << plan.nodes.size()
                << " rows were written\n";
    }
    report(QStringLiteral("floor: raw insert of the same %1 rows").arg(plan.nodes.size()),
           median(raw), QStringLiteral("ms"), {});
    report(QStringLiteral("parse and import a %1-item Markdown plan").arg(plan.itemCount()),
           median(imports), QStringLiteral("ms"),
           QStringLiteral("≤ %1 (1.5× floor)").arg(median(raw) * 1.5, 0, 'f', 0));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window as the application sets it up: without its interface font
    // (see InterfaceFont), the in-process measurements shaped every Latin
    // string through HarfBuzz, which the application does not.
    InterfaceFont::apply(app);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repeats = quick ? 3 : 7;
    const QString dir = QCoreApplication::applicationDirPath();
    const QString planner = dir + QStringLiteral("/../../app/roadmap-planner");
    const QString floorProgram = dir + QStringLiteral("/planner-bench-floor");
    QTemporaryDir tmp;
    // --keep: leave the generated databases in the temporary folder for profiling.
    tmp.setAutoRemove(!app.arguments().contains(QStringLiteral("--keep")));
    const QString planDb = tmp.filePath(QStringLiteral("plan.sqlite"));
    const QString stressDb = tmp.filePath(QStringLiteral("stress.sqlite"));
    if (!tmp.autoRemove())
        out << "data sets in " << tmp.path() << '\n';

    // --stalls FILE: only the tab switches and scrolls, on a database kept with
    // --keep, so a profiler sees the stalls without the data generation.
    const int stallsAt = app.arguments().indexOf(QStringLiteral("--stalls"));
    if (stallsAt > 0 && stallsAt + 1 < app.arguments().size()) {
        Workspace ws;
        if (!ws.open(app.arguments().at(stallsAt + 1)))
            return 1;
        // As in the whole run, where the search and load measurements have built
        // both models by now (the window prefetches them after its first paint).
        ws.prefetchModels();
        ws.problemModel();
        ws.applicationModel();
        measureStalls(ws);
        return 0;
    }

    // --import: only the import measurement, for a profiler.
    if (app.arguments().contains(QStringLiteral("--import"))) {
        measureImport(tmp, repeats);
        return 0;
    }

    QElapsedTimer total;
    total.start();
    out << "Generating the data sets (seeded)…\n";
    out.flush();
    if (!makeDatabase(planDb, BenchData::plan) || !makeDatabase(stressDb, BenchData::stress)) {
        out << "could not generate the data sets\n";
        return 1;
    }
    out << "generated in " << total.elapsed() / 1000.0 << " s\n\n";
    if (app.arguments().contains(QStringLiteral("--generate-only")))
        return 0;

    // 1. Start-up: the floor, then the planner on both data sets.
    const QStringList planArgs{QStringLiteral("--measure-startup"), QStringLiteral("--database"),
                               planDb};
    const QStringList stressArgs{QStringLiteral("--measure-startup"), QStringLiteral("--database"),
                                 stressDb};
    // Peak memory first, one run each in rising order: the children's peak is
    // the largest of every child so far.
    timeProcess(floorProgram, {planDb});
    const double floorMb = childrenPeakMb();
    timeProcess(planner, planArgs);
    const double planMb = childrenPeakMb();
    timeProcess(planner, stressArgs);
    const double stressMb = childrenPeakMb();
    // Then the times, in rounds of all three: this machine's speed drifts by a
    // third over seconds, and a block of floor runs followed by a block of
    // planner runs compared two different machines.
    QVector<double> floor;
    QVector<double> planStart;
    QVector<double> stressStart;
    for (int i = 0; i < 2 * repeats - 1; ++i) {
        floor.append(timeProcess(floorProgram, {planDb}));
        planStart.append(timeProcess(planner, planArgs));
        stressStart.append(timeProcess(planner, stressArgs));
    }
    const double floorMs = median(floor);
    report(QStringLiteral("floor: Qt window, 4 tabs, a chart, SQLite open"), floorMs,
           QStringLiteral("ms"), {});
    report(QStringLiteral("start-up to first paint, plan data"), median(planStart),
           QStringLiteral("ms"), QStringLiteral("≤ %1 (1.3× floor)").arg(floorMs * 1.3, 0, 'f', 0));
    report(QStringLiteral("start-up to first paint, stress data"), median(stressStart),
           QStringLiteral("ms"), QStringLiteral("≤ %1 (1.6× floor)").arg(floorMs * 1.6, 0, 'f', 0));
    report(QStringLiteral("peak memory: floor"), floorMb, QStringLiteral("MB"), {});
    report(QStringLiteral("peak memory: planner, plan data"), planMb, QStringLiteral("MB"), {});
    report(QStringLiteral("peak memory: planner, stress data"), stressMb, QStringLiteral("MB"),
           QStringLiteral("≤ %1 (floor + 60)").arg(floorMb + 60, 0, 'f', 0));

    // 2. In-process measurements on the stress data.
    Workspace ws;
    if (!ws.open(stressDb))
        return 1;
    // As the window does after its first paint: the tab switches below find
    // what a user's first visit finds.
    ws.prefetchModels();
    {
        ProblemFilterProxy proxy;
        proxy.setSourceModel(&ws.problemModel());
        QVector<double> keys;
        QString typed;
        for (const QChar c : QStringLiteral("variant 97")) {
            typed += c;
            QElapsedTimer t;
            t.start();
            proxy.setSearchText(typed);
            const int count = proxy.rowCount();
            proxy.index(0, 0).data();
            Q_UNUSED(count);
            keys.append(t.nsecsElapsed() / 1e6);
        }
        report(QStringLiteral("DSA search keystroke, %1 problems (worst)")
                   .arg(ws.problemModel().rowCount()),
               *std::max_element(keys.cbegin(), keys.cend()), QStringLiteral("ms"),
               QStringLiteral("≤ 16"));
    }
    {
        QVector<double> loads;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer t;
            t.start();
            ws.applicationModel().reload();
            loads.append(t.nsecsElapsed() / 1e6);
        }
        report(QStringLiteral("applications model, %1 rows (load)")
                   .arg(ws.applicationModel().rowCount()),
               median(loads), QStringLiteral("ms"), QStringLiteral("board ≤ 100"));
    }

    measureImport(tmp, repeats);

    // 4. Chart export at 1920×1080.
    {
        QVector<double> exports;
        QString error;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer t;
            t.start();
            ChartExporter::savePng(ws, QStringLiteral("skills-targets"),
                                   tmp.filePath(QStringLiteral("c.png")), QSize(1920, 1080), 1.0,
                                   &error);
            exports.append(t.nsecsElapsed() / 1e6);
        }
        report(QStringLiteral("export a 1920×1080 chart to PNG"), median(exports),
               QStringLiteral("ms"), QStringLiteral("≤ 150"));
    }

    measureStalls(ws);

    QJsonArray json;
    for (const Row& r : std::as_const(rows))
        json.append(QJsonObject{{QStringLiteral("what"), r.what},
                                {QStringLiteral("value"), r.value},
                                {QStringLiteral("unit"), r.unit},
                                {QStringLiteral("goal"), r.goal}});
    out << '\n' << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    out << "total " << total.elapsed() / 1000.0 << " s\n";
    return 0;
}
