#include "core/Workspace.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "gui/dsa/DsaTopicsPanel.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The Topics page on its own: what it asks the tab to do, through its signals.
class TestDsaTopicsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void doubleClickAsksForTheTopic();
    void resetOfTheSelectedTopicNamesItsProblems();

private:
    int rowOf(const QString& topic) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_problem = 0;
};

void TestDsaTopicsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("topics.sqlite"))));
    QVERIFY(m_ws->topics().setTarget(QStringLiteral("Fixture Graphs"), 3, 0));
    Problem p;
    p.title = QStringLiteral("Island Count");
    p.topics = {QStringLiteral("Fixture Graphs")};
    m_problem = m_ws->problems().add(p);
    QVERIFY(m_problem > 0);
}

void TestDsaTopicsPanel::cleanup()
{
    m_ws.reset();
}

int TestDsaTopicsPanel::rowOf(const QString& topic) const
{
    TopicModel& model = m_ws->topicModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TopicModel::TopicColumn).data().toString() == topic)
            return row;
    }
    return -1;
}

void TestDsaTopicsPanel::doubleClickAsksForTheTopic()
{
    DsaTopicsPanel panel(*m_ws);
    QCOMPARE(panel.view()->model(), &m_ws->topicModel());
    const int row = rowOf(QStringLiteral("Fixture Graphs"));
    QVERIFY(row >= 0);
    QSignalSpy activated(&panel, &DsaTopicsPanel::topicActivated);
    emit panel.view()->doubleClicked(m_ws->topicModel().index(row, TopicModel::TopicColumn));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("Fixture Graphs"));
}

void TestDsaTopicsPanel::resetOfTheSelectedTopicNamesItsProblems()
{
    DsaTopicsPanel panel(*m_ws);
    auto* reset = panel.findChild<QToolButton*>(QStringLiteral("resetProgressToolButton"));
    QVERIFY(reset && reset->menu());
    QAction* ofTopic = reset->menu()->actions().value(0);
    QVERIFY(ofTopic);
    QSignalSpy requested(&panel, &DsaTopicsPanel::resetRequested);
    // Nothing selected: nothing to ask.
    ofTopic->trigger();
    QCOMPARE(requested.count(), 0);
    panel.view()->setCurrentIndex(
        m_ws->topicModel().index(rowOf(QStringLiteral("Fixture Graphs")), 0));
    ofTopic->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>{m_problem});
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("Fixture Graphs"));
}

QTEST_MAIN(TestDsaTopicsPanel)
#include "tst_dsatopicspanel.moc"
