// The floor the planner's start-up is measured against: what Qt itself costs
// for a main window with four tabs, one chart and an open SQLite file, from
// process start to the first paint. Prints nothing; exits after that paint.
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>

namespace {
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(":memory:"));
    if (!db.open())
        return 1;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version"));

    QMainWindow window;
    auto* tabs = new QTabWidget(&window);
    auto* series = new QBarSeries;
    auto* set = new QBarSet(QStringLiteral("done"));
    *set << 3 << 5 << 2 << 7;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    tabs->addTab(new QChartView(chart), QStringLiteral("Timeline"));
    for (const char* name : {"DSA Log", "Applications", "Skills"})
        tabs->addTab(new QLabel(QString::fromLatin1(name)), QString::fromLatin1(name));
    window.setCentralWidget(tabs);
    window.resize(1200, 780);
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
