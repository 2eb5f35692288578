#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "gui/MainWindow.h"
#include "gui/common/FileDialogs.h"
#include "gui/timeline/TimelineFileActions.h"
#include "gui/timeline/TimelineTab.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// The actions as the menus run them, with file names answered through FileDialogs.
class TestTimelineFileActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportRoadmapWritesTheTicks();
    void cancelledExportWritesNothing();
    void stripIsSavedAsPng();
    void planStartMovesAndUndoes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    void trigger(const char* action)
    {
        QAction* a = m_window->findChild<QAction*>(QLatin1String(action));
        QVERIFY2(a, action);
        a->trigger();
    }
};

void TestTimelineFileActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelinefileactions"));
}

void TestTimelineFileActions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("actions.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->tabs()->setCurrentWidget(m_window->timelineTab());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTimelineFileActions::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestTimelineFileActions::exportRoadmapWritesTheTicks()
{
    const RoadmapNode item = [&] {
        for (const RoadmapNode& n : m_ws->roadmap().loadAll())
            if (n.isItem())
                return n;
        return RoadmapNode();
    }();
    QVERIFY(item.id > 0);
    QVERIFY(m_ws->roadmap().setStatus(item.id, RoadmapNode::Status::Done));
    const QString path = m_dir->filePath(QStringLiteral("roadmap.md"));
    FileDialogs::queueAnswer(path);
    trigger("exportRoadmapAction");
    // Read back with the importer's reader: the ticked item comes back ticked.
    ParsedPlan plan;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::readFile(path, &plan, &error), qPrintable(error));
    const QVector<RoadmapNode> nodes = m_ws->roadmap().loadAll();
    QCOMPARE(plan.itemCount(), int(std::count_if(nodes.cbegin(), nodes.cend(),
                                                 [](const RoadmapNode& n) { return n.isItem(); })));
    const auto found =
        std::find_if(plan.nodes.cbegin(), plan.nodes.cend(),
                     [&](const ParsedPlan::Node& n) { return n.title == item.title; });
    QVERIFY2(found != plan.nodes.cend(), qPrintable(item.title));
    QCOMPARE(found->status, RoadmapNode::Status::Done);
    QVERIFY(m_window->statusBar()->currentMessage().contains(path));
}

void TestTimelineFileActions::cancelledExportWritesNothing()
{
    FileDialogs::queueAnswer(QString());
    trigger("exportRoadmapAction");
    FileDialogs::queueAnswer(QString());
    trigger("exportStripAction");
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.md"), QStringLiteral("*.png")}),
             QStringList());
}

void TestTimelineFileActions::stripIsSavedAsPng()
{
    const QString path = m_dir->filePath(QStringLiteral("strip.png"));
    FileDialogs::queueAnswer(path);
    trigger("exportStripAction");
    const QImage image(path);
    QCOMPARE(image.size(), QSize(3200, 360)); // twice the on-screen resolution
}

void TestTimelineFileActions::planStartMovesAndUndoes()
{
    const QString before = m_ws->settings().value(SettingsStore::PlanStart);
    m_window->timelineFileActions().setPlanStart(QDate(2028, 5, 1));
    QCOMPARE(m_ws->settings().value(SettingsStore::PlanStart), QStringLiteral("2028-05-01"));
    QVERIFY(m_ws->undoStack().undoText().contains(QStringLiteral("2028")));
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->settings().value(SettingsStore::PlanStart), before);
}

QTEST_MAIN(TestTimelineFileActions)
#include "tst_timelinefileactions.moc"
