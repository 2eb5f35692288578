#include "gui/common/FontWarmUp.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QProcess>
#include <QTest>
#include <chrono>
#include <cstdio>
#include <future>

// FontWarmUp reads the font list on a worker while the main thread goes on.
// Whatever the main thread measures meanwhile must be what a process without
// the worker measures: a race in the shared font database would show up as a
// different font, width or fallback here (and under the sanitizers).
namespace {
const char* const ReferenceMode = "PLANNER_FONTWARMUP_REFERENCE";

QStringList samples()
{
    return {QStringLiteral("Wire up URLs with Routers — 311 days overdue"),
            QStringLiteral("Follow-ups due (107) · 15 to go"),
            QStringLiteral("आज · इस सप्ताह की योजना (45 खुले)"), QStringLiteral("આજે · 0 of 15–20")};
}

// One line per font and sample: the family Qt chose and the width, so two
// processes can be compared line by line.
QStringList measure()
{
    QStringList lines;
    QFont regular = QApplication::font();
    QFont bold = regular;
    bold.setBold(true);
    QFont large = bold;
    large.setPointSizeF(regular.pointSizeF() * 1.4);
    for (const QFont& font : {regular, bold, large}) {
        const QFontMetricsF metrics(font);
        for (const QString& text : samples())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(QFontInfo(font).family())
                         .arg(metrics.horizontalAdvance(text), 0, 'f', 3)
                         .arg(metrics.height(), 0, 'f', 3);
    }
    return lines;
}
} // namespace

class TestFontWarmUp : public QObject
{
    Q_OBJECT
private slots:
    void mainThreadMeasuresAsWithoutTheWorker();
    void endsWhenTheApplicationNeverCame();
};

void TestFontWarmUp::mainThreadMeasuresAsWithoutTheWorker()
{
    // Nothing in this process has touched the font database yet, so the
    // worker and the measuring below really run at the same time.
    FontWarmUp warmUp;
    warmUp.applicationReady();
    const QStringList during = measure();
    warmUp.wait();
    QVERIFY(!QFontDatabase::families().isEmpty());
    QCOMPARE(measure(), during);

    QProcess reference;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ReferenceMode), QStringLiteral("1"));
    reference.setProcessEnvironment(env);
    reference.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(reference.waitForFinished(60000));
    QCOMPARE(reference.exitCode(), 0);
    const QStringList expected =
        QString::fromUtf8(reference.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(during, expected);
}

void TestFontWarmUp::endsWhenTheApplicationNeverCame()
{
    // A start-up that fails before its application object (a bad option, a
    // file that cannot be opened) destroys the warm-up unreleased: the worker
    // must stop, not wait for ever.
    auto ended = std::async(std::launch::async, [] { FontWarmUp early; });
    QCOMPARE(ended.wait_for(std::chrono::seconds(30)), std::future_status::ready);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ReferenceMode)) {
        // The same measurements in a process with no worker.
        for (const QString& line : measure())
            std::printf("%s\n", line.toUtf8().constData());
        return 0;
    }
    TestFontWarmUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontwarmup.moc"
