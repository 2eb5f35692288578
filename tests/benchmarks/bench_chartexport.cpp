// Measures how long exporting each chart to a 1920×1080 PNG takes, the way
// File › Export Chart… and --export-chart do it. Not a test: timings depend on
// the machine, so it prints numbers instead of asserting them.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench_chartexport [runs]

#include "core/Workspace.h"
#include "gui/charts/ChartExporter.h"
#include "gui/charts/ChartFactory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    Workspace ws;
    if (!ws.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    std::printf("%-20s %14s %14s %10s\n", "chart", "render ms", "render+png ms", "max ms");
    for (const QString& name : ChartFactory::names()) {
        QVector<qint64> times;
        QVector<qint64> renders;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer render;
            render.start();
            ChartExporter::render(ws, name, QSize(1920, 1080));
            renders.append(render.elapsed());
            QString error;
            QElapsedTimer timer;
            timer.start();
            if (!ChartExporter::savePng(ws, name, dir.filePath(name + QStringLiteral(".png")),
                                        QSize(1920, 1080), 1.0, &error))
                return 1;
            times.append(timer.elapsed());
        }
        std::sort(times.begin(), times.end());
        std::sort(renders.begin(), renders.end());
        std::printf("%-20s %14lld %14lld %10lld\n", qPrintable(name),
                    static_cast<long long>(renders[renders.size() / 2]),
                    static_cast<long long>(times[times.size() / 2]),
                    static_cast<long long>(times.last()));
    }
    return 0;
}
