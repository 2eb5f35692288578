#include "core/Workspace.h"
#include "core/jobs/ApplicationStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/today/Today.h"
#include "gui/MainWindow.h"
#include "gui/common/AppIcon.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/ReadOnlyBanner.h"
#include "gui/dsa/DsaTab.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/skills/SkillsTab.h"
#include "gui/timeline/TimelineTab.h"
#include "gui/today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fourTabsAndBuiltInPlan();
    void firstPaintShowsTodayAsItIsWhenShown();
    void appIconHasEveryRendition();
    void spaceTicksAndPersistsAcrossRestart();
    void searchFiltersTree();
    void quickAddProblemAndUndo();
    void quickAddApplication();
    void emptyStatesSayWhatToDo();
    void shortcutsSwitchTabs();
    void exportCalendarFromTheFileMenu();
    void readOnlyWindowKeepsWhatWasTypedAndSavesACopy();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("gui.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

namespace {
QModelIndex findInTree(QTreeView* tree, const QString& text)
{
    const QModelIndexList hits =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, text, 1,
                             Qt::MatchRecursive | Qt::MatchContains);
    return hits.value(0);
}
} // namespace

void TestMainWindow::fourTabsAndBuiltInPlan()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 5);
    QCOMPARE(window.tabs()->tabText(0).remove(u'&'), QStringLiteral("Today"));
    QCOMPARE(window.tabs()->currentWidget(), window.todayView());
    QCOMPARE(window.tabs()->tabText(1).remove(u'&'), QStringLiteral("Timeline"));
    QCOMPARE(window.tabs()->tabText(2).remove(u'&'), QStringLiteral("DSA Log"));
    QCOMPARE(window.tabs()->tabText(3).remove(u'&'), QStringLiteral("Applications"));
    QCOMPARE(window.tabs()->tabText(4).remove(u'&'), QStringLiteral("Skills"));
    window.tabs()->setCurrentWidget(window.timelineTab());

    QTreeView* tree = window.timelineTab()->tree();
    QVERIFY(tree->isVisible());
    QVERIFY(tree->model()->rowCount() >= 5);
    QVERIFY(findInTree(tree, QStringLiteral("Month 1")).isValid());
    QVERIFY(findInTree(tree, QStringLiteral("Routers")).isValid());
    auto* progress = window.findChild<QLabel*>(QStringLiteral("planProgressLabel"));
    QVERIFY(progress->text().contains(QStringLiteral("16")));
    QVERIFY(progress->text().contains(QStringLiteral("66")));
    QVERIFY(window.todayLine().contains(QStringLiteral("16/66")));
    QCOMPARE(window.skillsTab()->table()->model()->rowCount(), 12);
    QCOMPARE(window.dsaTab()->topicView()->model()->rowCount(), 6);
}

namespace {
// What the window's first paint shows on the Today view and the status line.
class FirstPaintRecorder : public QObject
{
public:
    explicit FirstPaintRecorder(QWidget* window, QWidget* page)
        : m_window(window)
    {
        window->installEventFilter(this);
        page->installEventFilter(this);
    }
    bool painted = false;
    QString summary;
    QString status;
    int planLines = 0;
    QVector<QSize> pageSizes; // every size the Today page had before the first paint

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_window && event->type() == QEvent::Resize && !painted)
            pageSizes.append(static_cast<QResizeEvent*>(event)->size());
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            summary = m_window->findChild<QLabel*>(QStringLiteral("todaySummaryLabel"))->text();
            status = m_window->findChild<QLabel*>(QStringLiteral("todayStatusLabel"))->text();
            planLines =
                m_window->findChild<QListWidget*>(QStringLiteral("todayPlanListWidget"))->count();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
};
} // namespace

void TestMainWindow::firstPaintShowsTodayAsItIsWhenShown()
{
    // The Today view and the status line are filled when the window is
    // polished, not when it is built: a tick between the two is already in
    // the first paint, and nothing is painted empty.
    Workspace ws;
    QVERIFY(ws.open(path()));
    ws.startReadingPlan(path());
    MainWindow window(ws);
    // From the store, not the model: the worker's read of the plan is still
    // pending, and this write makes it stale.
    qint64 todo = 0;
    for (const RoadmapNode& n : ws.roadmap().loadAll()) {
        if (n.isItem() && n.status == RoadmapNode::Status::Todo) {
            todo = n.id;
            break;
        }
    }
    QVERIFY(todo > 0);
    QVERIFY(ws.roadmap().setStatus(todo, RoadmapNode::Status::Done));
    FirstPaintRecorder recorder(&window, window.todayView());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(recorder.painted);
    QVERIFY2(recorder.summary.contains(QStringLiteral("17 of 66")), qPrintable(recorder.summary));
    QVERIFY2(recorder.status.contains(QStringLiteral("17/66")), qPrintable(recorder.status));
    QVERIFY(recorder.planLines > 0);
    // Laid out once, at its real size: the tab widget holds its page back
    // until it has laid itself out (each extra size was a pass of wrapped text).
    QCOMPARE(recorder.pageSizes.size(), 1);
    QCOMPARE(recorder.pageSizes.constFirst(), window.todayView()->size());
}

void TestMainWindow::appIconHasEveryRendition()
{
    // From the PNGs in the resources, so it needs no SVG plugin.
    const QIcon icon = AppIcon::icon();
    QCOMPARE(icon.availableSizes().size(), 6);
    for (const int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The rounded square's blue, not an empty or a stretched image.
        QCOMPARE(image.pixelColor(size / 2, size / 10).alpha(), 255);
    }
}

void TestMainWindow::spaceTicksAndPersistsAcrossRestart()
{
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        MainWindow window(ws);
        window.tabs()->setCurrentWidget(window.timelineTab());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView* tree = window.timelineTab()->tree();
        const QModelIndex routers = findInTree(tree, QStringLiteral("Routers"));
        QVERIFY(routers.isValid());
        tree->scrollTo(routers);
        tree->setCurrentIndex(routers);
        tree->setFocus();
        QCOMPARE(routers.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(routers.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(ws.undoStack().count(), 1);
        QTRY_VERIFY(window.todayLine().contains(QStringLiteral("17/66")));

        // Ctrl+Z through the real action, then tick again with the mouse.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(routers.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QTest::keyClick(tree, Qt::Key_Space);
        window.close();
    }
    Workspace reopened;
    QVERIFY(reopened.open(path()));
    MainWindow window(reopened);
    const QModelIndex routers = findInTree(window.timelineTab()->tree(), QStringLiteral("Routers"));
    QCOMPARE(routers.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(reopened.roadmapModel().doneCount(), 17);
}

void TestMainWindow::searchFiltersTree()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    // Tabs are built when first shown or asked for; the last session may have ended on another.
    QTreeView* tree = window.timelineTab()->tree();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("docker-compose"));
    // Only the path to the matching item remains: phase › month › week › item.
    QCOMPARE(tree->model()->rowCount(), 1);
    QModelIndex index = tree->model()->index(0, 0);
    int depth = 0;
    while (tree->model()->rowCount(index) > 0) {
        QCOMPARE(tree->model()->rowCount(index), 1);
        index = tree->model()->index(0, 0, index);
        ++depth;
    }
    QVERIFY(index.data().toString().contains(QStringLiteral("docker-compose")));
    QCOMPARE(depth, 3);
}

void TestMainWindow::quickAddProblemAndUndo()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tabs()->setCurrentWidget(window.dsaTab());
    auto* line = window.dsaTab()->findChild<QLineEdit*>(QStringLiteral("quickAddLineEdit"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("two sum #arrays-and-strings easy 25m solved"));
    QTest::keyClick(line, Qt::Key_Return);
    QTableView* problems = window.dsaTab()->problemView();
    QCOMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, 0).data().toString(), QStringLiteral("Two Sum"));
    QVERIFY(line->text().isEmpty());
    // The topic from the plan counts the solved problem.
    QAbstractItemModel* topics = window.dsaTab()->topicView()->model();
    QCOMPARE(topics->index(0, 0).data().toString(), QStringLiteral("Arrays and Strings"));
    QCOMPARE(topics->index(0, 1).data().toInt(), 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(problems->model()->rowCount(), 0);
}

void TestMainWindow::quickAddApplication()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    window.tabs()->setCurrentWidget(window.applicationsTab());
    auto* company = window.findChild<QLineEdit*>(QStringLiteral("companyLineEdit"));
    auto* role = window.findChild<QLineEdit*>(QStringLiteral("roleLineEdit"));
    QTest::keyClicks(company, QStringLiteral("Razorpay"));
    QTest::keyClicks(role, QStringLiteral("Backend Developer (Python)"));
    QTest::keyClick(role, Qt::Key_Return);
    QCOMPARE(window.applicationsTab()->table()->model()->rowCount(), 1);
    // The counts come from the Today object, one event-loop turn after the store's signal.
    QTRY_COMPARE(ws.today().snapshot().appliedToday, 1);
    QVERIFY(window.todayLine().contains(QStringLiteral("1/15 applications today")));
    auto* goal = window.findChild<QLabel*>(QStringLiteral("dailyGoalLabel"));
    QVERIFY(goal->text().contains(QStringLiteral("1 of 15")));
}

void TestMainWindow::emptyStatesSayWhatToDo()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    window.tabs()->setCurrentWidget(window.applicationsTab());
    const auto labels =
        window.applicationsTab()->findChildren<QLabel*>(QStringLiteral("emptyStateLabel"));
    QCOMPARE(labels.size(), 1);
    QVERIFY(labels.first()->isVisible());
    QVERIFY(labels.first()->text().contains(QStringLiteral("No applications yet")));
    QVERIFY(!window.applicationsTab()->table()->isVisible());
}

void TestMainWindow::shortcutsSwitchTabs()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    MainWindow window(ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.applicationsTab());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(),
             window.findChild<QLineEdit*>(QStringLiteral("companyLineEdit")));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.timelineTab());
}

void TestMainWindow::readOnlyWindowKeepsWhatWasTypedAndSavesACopy()
{
    {
        Workspace writer;
        QVERIFY(writer.open(path()));
    }
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::BuiltInPlan, Database::Check::AfterFirstPaint,
                    Database::Access::Read));
    MainWindow window(ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReadOnlyBanner* banner = window.readOnlyBanner();
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("gui.sqlite")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    for (const char* name : {"importRoadmapAction", "restoreAction", "planStartAction"})
        QVERIFY2(!window.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);

    // A quick add is refused, and what was typed stays for the copy.
    window.tabs()->setCurrentWidget(window.applicationsTab());
    auto* company = window.findChild<QLineEdit*>(QStringLiteral("companyLineEdit"));
    auto* role = window.findChild<QLineEdit*>(QStringLiteral("roleLineEdit"));
    QTest::keyClicks(company, QStringLiteral("Razorpay"));
    QTest::keyClicks(role, QStringLiteral("Backend Developer (Python)"));
    QTest::keyClick(role, Qt::Key_Return);
    QCOMPARE(window.applicationsTab()->table()->model()->rowCount(), 0);
    QCOMPARE(company->text(), QStringLiteral("Razorpay"));
    QCOMPARE(role->text(), QStringLiteral("Backend Developer (Python)"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(ws.undoStack().count(), 0);

    // Save a Copy to Edit: the copy is written, and the window closes to reopen on it.
    const QString copy = m_dir->filePath(QStringLiteral("my copy.sqlite"));
    FileDialogs::queueAnswer(copy);
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("openCopyMessageBox"))
            box->buttons().constFirst()->click();
    });
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("saveCopyButton")),
                      Qt::LeftButton);
    QCOMPARE(window.reopenPath(), copy);
    QVERIFY(window.restartRequested());
    Workspace copied;
    QVERIFY2(copied.open(copy), qPrintable(copied.errorString()));
    QVERIFY(!copied.isReadOnly());
    QCOMPARE(copied.roadmap().counts().items, ws.roadmap().counts().items);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::exportCalendarFromTheFileMenu()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    MainWindow window(ws);
    window.show();
    window.tabs()->setCurrentWidget(window.applicationsTab());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("companyLineEdit")),
                     QStringLiteral("Razorpay"));
    auto* role = window.findChild<QLineEdit*>(QStringLiteral("roleLineEdit"));
    QTest::keyClicks(role, QStringLiteral("Backend Developer"));
    QTest::keyClick(role, Qt::Key_Return);
    const QString ics = m_dir->filePath(QStringLiteral("planner.ics"));
    window.fileDialogs().queueAnswer(ics);
    auto* action = window.findChild<QAction*>(QStringLiteral("exportCalendarAction"));
    QVERIFY(action);
    action->trigger();
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.contains("SUMMARY:Follow up: Razorpay — Backend Developer\r\n"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("events: 1")));
}

#include "tst_mainwindow.moc"
