#include "core/Workspace.h"
#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"
#include "gui/dsa/ProblemFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

// The filter row on its own, over the real proxy and model.
class TestProblemFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchAndDifficultyFilterTheProxy();
    void showTopicPicksAKnownTopicOnly();

private:
    qint64 add(const QString& title, Problem::Difficulty difficulty, const QString& topic);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestProblemFilterBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("filters.sqlite"))));
}

void TestProblemFilterBar::cleanup()
{
    m_ws.reset();
}

qint64 TestProblemFilterBar::add(const QString& title, Problem::Difficulty difficulty,
                                 const QString& topic)
{
    Problem p;
    p.title = title;
    p.difficulty = difficulty;
    p.topics = {topic};
    return m_ws->problems().add(p);
}

void TestProblemFilterBar::searchAndDifficultyFilterTheProxy()
{
    QVERIFY(add(QStringLiteral("Alpha Pair"), Problem::Difficulty::Easy, QStringLiteral("x")) > 0);
    QVERIFY(add(QStringLiteral("Beta Tree"), Problem::Difficulty::Hard, QStringLiteral("x")) > 0);
    QVERIFY(add(QStringLiteral("Gamma Tree"), Problem::Difficulty::Easy, QStringLiteral("x")) > 0);
    ProblemFilterProxy proxy;
    proxy.setSourceModel(&m_ws->problemModel());
    ProblemFilterBar bar(&proxy, m_ws->topics());
    QCOMPARE(proxy.rowCount(), 3);

    bar.search()->setText(QStringLiteral("tree"));
    QCOMPARE(proxy.rowCount(), 2);
    auto* difficulty = bar.findChild<QComboBox*>(QStringLiteral("difficultyFilterComboBox"));
    QVERIFY(difficulty);
    difficulty->setCurrentIndex(difficulty->findData(int(Problem::Difficulty::Hard)));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ProblemModel::TitleColumn).data().toString(),
             QStringLiteral("Beta Tree"));

    // "All" again, and no search: every row is back.
    difficulty->setCurrentIndex(0);
    bar.search()->clear();
    QCOMPARE(proxy.rowCount(), 3);
}

void TestProblemFilterBar::showTopicPicksAKnownTopicOnly()
{
    ProblemFilterProxy proxy;
    proxy.setSourceModel(&m_ws->problemModel());
    QVERIFY(m_ws->topics().ensure(QStringLiteral("Graphs Fixture")) > 0);
    ProblemFilterBar bar(&proxy, m_ws->topics());
    auto* topic = bar.findChild<QComboBox*>(QStringLiteral("topicFilterComboBox"));
    QVERIFY(topic);
    QCOMPARE(topic->count(), m_ws->topics().names().size() + 1); // "All topics" first
    bar.showTopic(QStringLiteral("Graphs Fixture"));
    QCOMPARE(topic->currentText(), QStringLiteral("Graphs Fixture"));
    bar.showTopic(QStringLiteral("No such topic"));
    QCOMPARE(topic->currentText(), QStringLiteral("Graphs Fixture"));
    // A refresh keeps the choice while the topic exists.
    bar.refreshTopics();
    QCOMPARE(topic->currentText(), QStringLiteral("Graphs Fixture"));
}

QTEST_MAIN(TestProblemFilterBar)
#include "tst_problemfilterbar.moc"
