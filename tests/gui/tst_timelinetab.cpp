#include "FixturePlans.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "gui/MainWindow.h"
#include "gui/common/ImportPreviewDialog.h"
#include "gui/timeline/TimelineStrip.h"
#include "gui/timeline/TimelineTab.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

class TestTimelineTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importShowsPreviewAndIsUndoable();
    void reimportKeepsTicks();
    void cancelledPreviewWritesNothing();
    void renamedHeadingShowsWhatItContinues();
    void deleteKeyAndUndo();
    void proxyPassesTester();
    void stripExportsPng();
    void stripLabelIsTheLongestThatFits();
    void planStartIsUndoable();
    void editsKeepExpansionAndSelection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QModelIndex find(const QString& text) const
    {
        QAbstractItemModel* m = m_window->timelineTab()->tree()->model();
        return m
            ->match(m->index(0, 0), Qt::DisplayRole, text, 1,
                    Qt::MatchRecursive | Qt::MatchContains)
            .value(0);
    }
};

void TestTimelineTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelinetab"));
}

void TestTimelineTab::init()
{
    m_window.reset();
    m_ws.reset();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("timeline.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->tabs()->setCurrentWidget(m_window->timelineTab()); // the window opens on Today
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTimelineTab::importShowsPreviewAndIsUndoable()
{
    QString shownCounts;
    int treeItems = 0;
    m_window->timelineFileActions().setPreviewHook([&](ImportPreviewDialog& preview) {
        shownCounts = preview.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text();
        auto* tree = preview.findChild<QTreeWidget*>(QStringLiteral("importTreeWidget"));
        treeItems = tree->topLevelItemCount();
        // A new plan, not a merge: the user's file has other wording.
        preview.findChild<QRadioButton*>(QStringLiteral("replaceRadioButton"))->setChecked(true);
        preview.accept();
    });
    m_window->fileDialogs().queueAnswer(TestFiles::data(QStringLiteral("user-roadmap.md")));
    m_window->findChild<QAction*>(QStringLiteral("importRoadmapAction"))->trigger();
    QVERIFY(shownCounts.contains(QStringLiteral("66")));
    QVERIFY(treeItems > 3);
    QVERIFY(find(QStringLiteral("Dockerize ShopEase")).isValid());
    QVERIFY(m_window->timelineTab()->tree()->isExpanded(find(QStringLiteral("PHASE A"))));
    QCOMPARE(m_ws->settings().value(SettingsStore::PlanTitle),
             QStringLiteral("REVISED ROADMAP: From Student to Employed to AI/ML Engineer"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!find(QStringLiteral("Dockerize ShopEase")).isValid());
    QVERIFY(find(QStringLiteral("Routers")).isValid());
}

void TestTimelineTab::reimportKeepsTicks()
{
    const QString exported = m_dir->filePath(QStringLiteral("plan.md"));
    QVERIFY(m_ws->roadmapModel().setData(m_ws->roadmapModel()
                                             .match(m_ws->roadmapModel().index(0, 0),
                                                    Qt::DisplayRole, QStringLiteral("Routers"), 1,
                                                    Qt::MatchRecursive | Qt::MatchContains)
                                             .value(0),
                                         Qt::Checked, Qt::CheckStateRole));
    // Export the original (unticked) plan text, then re-import it over the ticked plan.
    QVERIFY(TestFiles::write(exported, TestFiles::read(QStringLiteral(
                                           PLANNER_SOURCE_DIR "/tests/data/builtin-plan.md"))));
    bool merge = false;
    m_window->timelineFileActions().setPreviewHook([&](ImportPreviewDialog& preview) {
        merge = preview.findChild<QRadioButton*>(QStringLiteral("mergeRadioButton"))->isChecked();
        preview.accept();
    });
    QVERIFY(m_window->timelineFileActions().importFile(exported));
    QVERIFY(merge); // re-import is the default when a plan exists
    QCOMPARE(find(QStringLiteral("Routers")).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
    QCOMPARE(m_ws->roadmapModel().doneCount(), 17);
}

void TestTimelineTab::renamedHeadingShowsWhatItContinues()
{
    // Start from a small plan of our own, with a doing item under a heading.
    const QByteArray text = TestFiles::read(TestFiles::data(QStringLiteral("import/statuses.md")));
    const QString first = m_dir->filePath(QStringLiteral("first.md"));
    QVERIFY(TestFiles::write(first, text));
    m_window->timelineFileActions().setPreviewHook([](ImportPreviewDialog& preview) {
        preview.findChild<QRadioButton*>(QStringLiteral("replaceRadioButton"))->setChecked(true);
        preview.accept();
    });
    QVERIFY(m_window->timelineFileActions().importFile(first));
    QByteArray revised = text;
    revised.replace("## Docker basics", "## Containers, the first steps");
    revised.replace(" <!-- status: doing -->", "");
    revised.replace("- [ ] Push an image", "- [ ] Push a different thing entirely");
    const QString second = m_dir->filePath(QStringLiteral("second.md"));
    QVERIFY(TestFiles::write(second, revised));

    QString continues;
    bool columnShown = false;
    m_window->timelineFileActions().setPreviewHook([&](ImportPreviewDialog& preview) {
        auto* merge = preview.findChild<QRadioButton*>(QStringLiteral("mergeRadioButton"));
        merge->setChecked(true);
        auto* tree = preview.findChild<QTreeWidget*>(QStringLiteral("importTreeWidget"));
        columnShown = !tree->isColumnHidden(2);
        const QList<QTreeWidgetItem*> hits = tree->findItems(
            QStringLiteral("Containers, the first steps"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hits.size(), 1);
        continues = hits.first()->text(2);
        preview.accept();
    });
    QVERIFY(m_window->timelineFileActions().importFile(second));
    QVERIFY(columnShown);
    QCOMPARE(continues, QStringLiteral("Docker basics"));
    // The doing item kept its status under the renamed heading.
    const QModelIndex dockerfile = find(QStringLiteral("Write a Dockerfile"));
    QCOMPARE(dockerfile.parent(), find(QStringLiteral("Containers, the first steps")));
    QCOMPARE(RoadmapNode::Status(dockerfile.data(RoadmapModel::StatusRole).toInt()),
             RoadmapNode::Status::Doing);
    QVERIFY(!find(QStringLiteral("Docker basics")).isValid());
    // One undo step takes the re-import back.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(find(QStringLiteral("Docker basics")).isValid());
}

void TestTimelineTab::cancelledPreviewWritesNothing()
{
    m_window->timelineFileActions().setPreviewHook(
        [](ImportPreviewDialog& preview) { preview.reject(); });
    const int undoBefore = m_ws->undoStack().count();
    QVERIFY(!m_window->timelineFileActions().importFile(
        TestFiles::data(QStringLiteral("markdown/deep-nesting.md"))));
    QCOMPARE(m_ws->undoStack().count(), undoBefore);
    QVERIFY(!find(QStringLiteral("Level 5")).isValid());
    QCOMPARE(m_ws->roadmapModel().itemCount(), 66);
}

void TestTimelineTab::deleteKeyAndUndo()
{
    QTreeView* tree = m_window->timelineTab()->tree();
    const QModelIndex week = find(QStringLiteral("Week 1: Docker"));
    tree->setCurrentIndex(week);
    tree->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!find(QStringLiteral("Week 1: Docker")).isValid());
    QCOMPARE(m_ws->roadmapModel().itemCount(), 62);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(find(QStringLiteral("Week 1: Docker")).isValid());
    QCOMPARE(m_ws->roadmapModel().itemCount(), 66);
    // The tree kept its shape across the reloads.
    QVERIFY(tree->isExpanded(find(QStringLiteral("Month 2"))));
}

void TestTimelineTab::proxyPassesTester()
{
    QAbstractItemModelTester tester(m_window->timelineTab()->tree()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("docker"));
    search->clear();
    m_window->findChild<QCheckBox*>(QStringLiteral("hideDoneCheckBox"))->setChecked(true);
    QVERIFY(!find(QStringLiteral("Week 1-2: Deeper into the Django ORM")).isValid());
    m_window->findChild<QCheckBox*>(QStringLiteral("hideDoneCheckBox"))->setChecked(false);
}

void TestTimelineTab::stripExportsPng()
{
    TimelineStrip* strip = m_window->timelineTab()->strip();
    QVERIFY(strip->isVisible());
    strip->setToday(QDate(2026, 3, 10));
    const QString png = m_dir->filePath(QStringLiteral("strip.png"));
    m_window->fileDialogs().queueAnswer(png);
    m_window->findChild<QAction*>(QStringLiteral("exportStripAction"))->trigger();
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(3200, 360));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, "the strip should have bars, progress and text");
}

void TestTimelineTab::stripLabelIsTheLongestThatFits()
{
    const QFontMetrics fm(m_window->font());
    const QString title = QStringLiteral("Month 12: Docker and the cloud");
    const auto fits = [&](qreal width) { return TimelineStrip::fittingLabel(title, width, fm); };
    QCOMPARE(fits(fm.horizontalAdvance(title)), title);
    QCOMPARE(fits(fm.horizontalAdvance(title) - 1), QStringLiteral("Month 12"));
    QCOMPARE(fits(fm.horizontalAdvance(QStringLiteral("Month 12"))), QStringLiteral("Month 12"));
    QCOMPARE(fits(fm.horizontalAdvance(QStringLiteral("Month 12")) - 1), QStringLiteral("M12"));
    QCOMPARE(fits(fm.horizontalAdvance(QStringLiteral("M12"))), QStringLiteral("M12"));
    QCOMPARE(fits(fm.horizontalAdvance(QStringLiteral("M12")) - 1), QString());
    // Bars narrower than their margins: nothing, and nothing measured.
    QCOMPARE(fits(0.5), QString());
    QCOMPARE(fits(-4), QString());
    QCOMPARE(TimelineStrip::fittingLabel(QStringLiteral("Phase"), 1000, fm),
             QStringLiteral("Phase"));
}

void TestTimelineTab::planStartIsUndoable()
{
    m_window->timelineFileActions().setPlanStart(QDate(2027, 1, 1));
    QCOMPARE(find(QStringLiteral("Month 1")).data(RoadmapModel::StartDateRole).toDate(),
             QDate(2027, 1, 1));
    m_ws->undoStack().undo();
    QCOMPARE(find(QStringLiteral("Month 1")).data(RoadmapModel::StartDateRole).toDate(),
             QDate(2026, 1, 1));
}

void TestTimelineTab::editsKeepExpansionAndSelection()
{
    // A plan of our own, not the shipped one: a fresh file with the fixture imported.
    m_window.reset();
    m_ws.reset();
    m_ws = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(FixturePlans::open(*m_ws, m_dir->filePath(QStringLiteral("edits.sqlite")),
                                QStringLiteral("markdown/edit-plan.md"), QDate(), &error),
             qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    RoadmapModel& model = m_ws->roadmapModel();
    QTreeView* tree = m_window->timelineTab()->tree();
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(tree->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto nodeOf = [&](const QString& title) {
        const QModelIndex i = find(title);
        return i.isValid()
                   ? *model.node(
                         qobject_cast<const QAbstractProxyModel*>(tree->model())->mapToSource(i))
                   : RoadmapNode();
    };
    const QStringList open = {QStringLiteral("Week 1: Tools"), QStringLiteral("Week 2: Python"),
                              QStringLiteral("Month 2: HTTP")};
    for (const QString& heading : open)
        tree->expand(find(heading));
    tree->setCurrentIndex(find(QStringLiteral("Learn git branches")));
    auto shapeKept = [&] {
        for (const QString& heading : open) {
            if (!tree->isExpanded(find(heading)))
                return false;
        }
        return tree->currentIndex().data().toString() == QStringLiteral("Learn git branches");
    };
    QVERIFY(shapeKept());
    int resets = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    int planChanges = 0;
    connect(&model, &RoadmapModel::planChanged, this, [&planChanges] { ++planChanges; });
    EditStack& undo = m_ws->undoStack();

    // Tick: one coalesced notice, however many ancestors change their counts.
    QVERIFY(tree->model()->setData(find(QStringLiteral("Install an editor")), Qt::Checked,
                                   Qt::CheckStateRole));
    QCOMPARE(planChanges, 1);
    QCOMPARE(find(QStringLiteral("Week 1: Tools"))
                 .siblingAtColumn(RoadmapModel::ProgressColumn)
                 .data()
                 .toString()
                 .left(3),
             QStringLiteral("2/3"));
    QVERIFY(shapeKept());

    // Add under Week 2, at the end.
    const RoadmapNode week2 = nodeOf(QStringLiteral("Week 2: Python"));
    undo.push(RoadmapEdits::addItem(m_ws->roadmap(), week2.id, 2, QStringLiteral("Sets"),
                                    week2.startDate, week2.dueDate));
    const QModelIndex sets = find(QStringLiteral("Sets"));
    QVERIFY(sets.isValid());
    QCOMPARE(sets.row(), 2);
    QCOMPARE(sets.parent().data().toString(), QStringLiteral("Week 2: Python"));
    QVERIFY(shapeKept());

    // Delete a sibling of the selected item.
    undo.push(RoadmapEdits::remove(m_ws->roadmap(), nodeOf(QStringLiteral("Install an editor"))));
    QVERIFY(!find(QStringLiteral("Install an editor")).isValid());
    QCOMPARE(find(QStringLiteral("Learn git branches")).row(), 0);
    QVERIFY(shapeKept());

    // Move within a parent, then to another parent (drag and drop does the same).
    undo.push(RoadmapEdits::move(m_ws->roadmap(), nodeOf(QStringLiteral("Write setup notes")),
                                 nodeOf(QStringLiteral("Write setup notes")).parentId, 0));
    QCOMPARE(find(QStringLiteral("Write setup notes")).row(), 0);
    QCOMPARE(find(QStringLiteral("Learn git branches")).row(), 1);
    QVERIFY(shapeKept());
    const RoadmapNode http = nodeOf(QStringLiteral("Month 2: HTTP"));
    undo.push(
        RoadmapEdits::move(m_ws->roadmap(), nodeOf(QStringLiteral("Dictionaries")), http.id, 1));
    QCOMPARE(find(QStringLiteral("Dictionaries")).parent().data().toString(),
             QStringLiteral("Month 2: HTTP"));
    QCOMPARE(find(QStringLiteral("Dictionaries")).row(), 1);
    QVERIFY(shapeKept());

    // Undo everything: the tree is as it was, and never reset on the way.
    while (undo.canUndo())
        undo.undo();
    QVERIFY(find(QStringLiteral("Install an editor")).isValid());
    QCOMPARE(find(QStringLiteral("Install an editor")).row(), 0);
    QCOMPARE(find(QStringLiteral("Dictionaries")).parent().data().toString(),
             QStringLiteral("Week 2: Python"));
    QVERIFY(!find(QStringLiteral("Sets")).isValid());
    QCOMPARE(model.doneCount(), 1);
    QVERIFY(shapeKept());
    QCOMPARE(resets, 0);
    // The model equals a fresh read of the file, in the same order.
    RoadmapModel fresh(m_ws->roadmap(), nullptr);
    QCOMPARE(fresh.itemCount(), model.itemCount());
    QCOMPARE(fresh.doneCount(), model.doneCount());
    std::function<QStringList(const QAbstractItemModel&, const QModelIndex&)> dump =
        [&dump](const QAbstractItemModel& m, const QModelIndex& parent) {
            QStringList lines;
            for (int r = 0; r < m.rowCount(parent); ++r) {
                const QModelIndex i = m.index(r, 0, parent);
                lines << i.data().toString() + u'|' +
                             i.siblingAtColumn(RoadmapModel::ProgressColumn).data().toString();
                lines += dump(m, i);
            }
            return lines;
        };
    QCOMPARE(dump(model, {}), dump(fresh, {}));
}

QTEST_MAIN(TestTimelineTab)
#include "tst_timelinetab.moc"
