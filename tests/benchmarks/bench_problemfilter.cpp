// Not a test: measures the DSA table's search at 100,000 problems.
//   build/dev/tests/bench_problemfilter [rows]
// Prints milliseconds for loading the model and for each search keystroke, so
// "a keystroke updates the view within one frame" can be checked by hand.
#include "core/Workspace.h"
#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Workspace ws;
    if (!ws.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    const QStringList topics{QStringLiteral("Arrays"), QStringLiteral("Trees"),
                             QStringLiteral("Graphs"), QStringLiteral("Dynamic Programming")};
    QVector<ProblemRecord> records;
    records.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Problem p;
        p.title = QStringLiteral("Problem %1 two sum variant %2").arg(i).arg(i % 977);
        p.topics = {topics[i % topics.size()]};
        p.difficulty = Problem::Difficulty(i % 3);
        p.status = i % 4 == 0 ? Problem::Status::Solved : Problem::Status::Todo;
        p.companies = {QStringLiteral("Company%1").arg(i % 50)};
        records.append(ProblemEdits::newRecord(p, QDate(2026, 3, 1)));
    }
    QElapsedTimer t;
    t.start();
    ws.problems().replace({}, records); // one transaction; the model resets once
    out << "insert " << rows << " problems (one transaction): " << t.elapsed() << " ms\n";
    t.restart();
    ws.problemModel().reload();
    out << "load model: " << t.elapsed() << " ms\n";

    ProblemFilterProxy proxy;
    proxy.setSourceModel(&ws.problemModel());
    t.restart();
    proxy.sort(ProblemModel::TitleColumn);
    out << "first sort by title: " << t.elapsed() << " ms\n";
    QString typed;
    for (const QChar c : QStringLiteral("variant 97")) {
        typed += c;
        t.restart();
        proxy.setSearchText(typed);
        // What a view asks right after the change: the row count and the first row.
        const int count = proxy.rowCount();
        const QString first = proxy.index(0, 0).data().toString();
        out << "keystroke '" << typed << "': " << t.nsecsElapsed() / 1000000.0 << " ms, " << count
            << " rows, first " << first << "\n";
    }
    t.restart();
    proxy.setSearchText(QString());
    const int all = proxy.rowCount();
    out << "clear search: " << t.nsecsElapsed() / 1000000.0 << " ms, " << all << " rows\n";
    t.restart();
    proxy.setTopic(QStringLiteral("Trees basics"));
    const int trees = proxy.rowCount();
    out << "topic filter: " << t.nsecsElapsed() / 1000000.0 << " ms, " << trees << " rows\n";
    return 0;
}
