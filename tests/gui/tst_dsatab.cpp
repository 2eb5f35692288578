#include "core/Workspace.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"
#include "gui/charts/ActivityHeatmap.h"
#include "gui/common/ImportRunner.h"
#include "gui/dsa/CataloguePickDialog.h"
#include "gui/dsa/DsaStatsPanel.h"
#include "gui/dsa/DsaTab.h"
#include "gui/dsa/DueTodayPanel.h"
#include "gui/dsa/ProblemDialog.h"
#include "gui/dsa/TopicMergeAction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The DSA tab driven as a user would: quick-add, bulk edit, edit dialog, delete, undo.
class TestDsaTab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void quickAddBulkEditDeleteAndUndo();
    void editDialogThroughTheTab();
    void reviewDueToday();
    void cataloguePicker();
    void importPreviewAbortOrSkip();
    void mergeTopicsFromTheTopicsPanel();

private:
    void quickAdd(DsaTab& tab, const QString& line);
    QString path() const { return m_dir->filePath(QStringLiteral("planner.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDsaTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDsaTab::quickAdd(DsaTab& tab, const QString& line)
{
    auto* edit = tab.findChild<QLineEdit*>(QStringLiteral("quickAddLineEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, line);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestDsaTab::quickAddBulkEditDeleteAndUndo()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    DsaTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    // Typing a #topic offers the plan's topics.
    auto* line = tab.findChild<QLineEdit*>(QStringLiteral("quickAddLineEdit"));
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("x #arr"));
    auto* hint = tab.findChild<QLabel*>(QStringLiteral("quickAddHintLabel"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("#arrays-and-strings")));
    line->setText(QString());
    quickAdd(tab, QStringLiteral("two sum #arrays easy 25m solved @amazon *4"));
    quickAdd(tab, QStringLiteral("valid anagram #strings easy"));
    QTableView* view = tab.problemView();
    QCOMPARE(view->model()->rowCount(), 2);
    // Search filters the table and says how many rows it shows.
    auto* search = tab.findChild<QLineEdit*>(QStringLiteral("problemSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("amazon"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(tab.findChild<QLabel*>(QStringLiteral("shownCountLabel"))
                ->text()
                .startsWith(QLatin1String("1 shown")));
    search->clear();
    QCOMPARE(view->model()->rowCount(), 2);
    const Problem twoSum = ws.problemModel().problemAt(
        ws.problemModel()
            .match(ws.problemModel().index(0, 0), Qt::DisplayRole, QStringLiteral("Two Sum"))
            .value(0)
            .row());
    QCOMPARE(twoSum.companies, QStringList{QStringLiteral("amazon")});
    QCOMPARE(twoSum.confidence, 4);
    // What an edit did goes to the window's status bar (MainWindow reads the
    // stack), never into a line of the tab that would push the table down.
    QVERIFY(!tab.findChild<QLabel*>(QStringLiteral("undoMessageLabel")));
    QVERIFY(ws.undoStack().undoText().startsWith(QLatin1String("Log \"Valid Anagram\"")));

    // Bulk edit: both rows to "revisit" in one undo step.
    view->selectAll();
    QCOMPARE(tab.selectedIds().size(), 2);
    auto* revisit = tab.findChild<QAction*>(QStringLiteral("status_revisit_Action"));
    QVERIFY(revisit);
    const int steps = ws.undoStack().count();
    revisit->trigger();
    QCOMPARE(ws.undoStack().count(), steps + 1);
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("revisit")), 2);
    QVERIFY(ws.undoStack().undoText().startsWith(QLatin1String("Set 2 problem")));
    ws.undoStack().undo();
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("revisit")), 0);

    // Delete the selection with the Delete key; one step undoes it.
    view->setFocus();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(ws.undoStack().undoText().startsWith(QLatin1String("Deleted 2 problem")));
    ws.undoStack().undo();
    QCOMPARE(view->model()->rowCount(), 2);
    // The attempt logged with "25m" came back with the problem.
    QCOMPARE(ws.problems().allAttempts().size(), 1);
    QCOMPARE(ws.problems().allAttempts().first().minutes, 25);

    // Ctrl+Z from the window's stack undoes the quick-add.
    ws.undoStack().undo();
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestDsaTab::editDialogThroughTheTab()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    DsaTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    quickAdd(tab, QStringLiteral("lru cache #design medium"));
    QTableView* view = tab.problemView();
    view->setCurrentIndex(view->model()->index(0, 0));
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ProblemDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesPlainTextEdit"))
            ->setPlainText(QStringLiteral("Hash map + **doubly linked list**"));
        dialog->findChild<QLineEdit*>(QStringLiteral("companiesLineEdit"))
            ->setText(QStringLiteral("Amazon, Microsoft"));
        dialog->findChild<QSpinBox*>(QStringLiteral("attemptMinutesSpinBox"))->setValue(40);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("logAttemptPushButton")),
                          Qt::LeftButton);
        // A solved attempt marks the problem solved in the dialog.
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("statusComboBox"))->currentIndex(),
                 int(Problem::Status::Solved));
        dialog->accept();
    });
    tab.editCurrent();
    QVERIFY(seen);
    const qint64 id = ws.problemModel().problems().first().id;
    const ProblemRecord r = ws.problems().records({id}).value(0);
    QCOMPARE(r.problem.notes, QStringLiteral("Hash map + **doubly linked list**"));
    QCOMPARE(r.problem.companies,
             (QStringList{QStringLiteral("Amazon"), QStringLiteral("Microsoft")}));
    QCOMPARE(r.problem.status, Problem::Status::Solved);
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(r.attempts[0].minutes, 40);
    QVERIFY(r.pendingReview());
    ws.undoStack().undo();
    const ProblemRecord undone = ws.problems().records({id}).value(0);
    QVERIFY(undone.problem.notes.isEmpty());
    QVERIFY(undone.attempts.isEmpty());
    QCOMPARE(undone.problem.status, Problem::Status::Todo);
}

void TestDsaTab::reviewDueToday()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    DsaTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    quickAdd(tab, QStringLiteral("two sum #arrays easy solved"));
    auto* list = tab.findChild<QListWidget*>(QStringLiteral("dueListWidget"));
    QCOMPARE(list->count(), 0); // first review tomorrow
    quickAdd(tab, QStringLiteral("climbing stairs #dp easy revisit"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Climbing Stairs")));
    QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("gradeGoodPushButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(list->count(), 0);
    // Nothing left: one line instead of an empty list and idle buttons.
    auto* empty = tab.findChild<QLabel*>(QStringLiteral("dueEmptyLabel"));
    // (The side may show another page, so "hidden" rather than "visible".)
    QVERIFY(!empty->isHidden());
    QVERIFY(list->isHidden());
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("gradeGoodPushButton"))
                 ->isVisibleTo(tab.findChild<DueTodayPanel*>()));
    ws.undoStack().undo();
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(!list->isHidden());
    QVERIFY(empty->isHidden());
    tab.stats()->refresh();
    QVERIFY(tab.stats()->findChild<ActivityHeatmap*>(QStringLiteral("dsaHeatmap")));
    QVERIFY(tab.stats()->text().contains(QLatin1String("Streak: 1 day")));
    QVERIFY(tab.stats()->text().contains(QLatin1String("Solved: 1 easy")));
}

void TestDsaTab::cataloguePicker()
{
    QVector<Problem> problems;
    for (const auto& row : CatalogueReader::builtIn().rows)
        problems.append(row.problem);
    CataloguePickDialog dialog(problems, {QStringLiteral("contains-duplicate")});
    auto* tree = dialog.tree();
    auto visible = [&] {
        int n = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            n += tree->topLevelItem(i)->isHidden() ? 0 : 1;
        return n;
    };
    QCOMPARE(visible(), 150);
    dialog.findChild<QComboBox*>(QStringLiteral("catalogueComboBox"))->setCurrentIndex(1);
    QCOMPARE(visible(), 75);
    dialog.findChild<QLineEdit*>(QStringLiteral("catalogueSearchLineEdit"))
        ->setText(QStringLiteral("dupl"));
    QCOMPARE(visible(), 1);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkAllPushButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.chosen().isEmpty()); // Contains Duplicate is already logged
    dialog.findChild<QLineEdit*>(QStringLiteral("catalogueSearchLineEdit"))
        ->setText(QStringLiteral("two pointers"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkAllPushButton")),
                      Qt::LeftButton);
    QVERIFY(!dialog.chosen().isEmpty());
    for (const Problem& p : dialog.chosen())
        QVERIFY(p.catalogues.contains(QStringLiteral("blind75")));
}

void TestDsaTab::importPreviewAbortOrSkip()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    DsaTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const QString file = QStringLiteral(PLANNER_TEST_DATA "/leetcode-malformed.csv");
    // The shared preview: its summary and every issue as "line|field|message".
    auto answer = [this](const QString& button, QString* text) {
        QTimer::singleShot(0, this, [button, text] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            *text = dialog->findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text();
            auto* issues =
                dialog->findChild<QTreeWidget*>(QStringLiteral("importIssuesTreeWidget"));
            for (int i = 0; i < issues->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = issues->topLevelItem(i);
                *text += u'\n' + item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
            }
            if (button == QLatin1String("Cancel")) {
                dialog->reject();
                return;
            }
            if (button == QLatin1String("Skip bad rows"))
                dialog->findChild<QCheckBox*>(QStringLiteral("skipBadRowsCheckBox"))
                    ->setChecked(true);
            auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
            QVERIFY(import->isEnabled());
            import->click();
        });
    };
    QString shown;
    answer(QStringLiteral("Cancel"), &shown);
    tab.importFile(file);
    QVERIFY(shown.contains(QLatin1String("5 new problem")));
    QVERIFY2(shown.contains(QLatin1String("\n4|Difficulty|")), qPrintable(shown));
    QCOMPARE(ws.problems().total(), 0); // abort writes nothing

    answer(QStringLiteral("Skip bad rows"), &shown);
    tab.importFile(file);
    QCOMPARE(ws.problems().total(), 5);
    QCOMPARE(tab.problemView()->model()->rowCount(), 5);
    ws.undoStack().undo(); // the whole import is one step
    QCOMPARE(ws.problems().total(), 0);

    // A backup before every import; a cancel during the write leaves nothing.
    const int backups = int(ws.backups().list().size());
    ImportRunner::setProgressHook([](int, int) { return false; });
    answer(QStringLiteral("Import"), &shown);
    tab.importFile(QStringLiteral(PLANNER_TEST_DATA "/import/formula-problems.csv"));
    ImportRunner::setProgressHook({});
    QVERIFY(shown.contains(QLatin1String("4 new problem")));
    QVERIFY2(shown.contains(QLatin1String("\n2|Title|text after a closing quote")),
             qPrintable(shown));
    QCOMPARE(int(ws.backups().list().size()), backups + 1);
    QCOMPARE(ws.problems().total(), 0);
    QCOMPARE(tab.problemView()->model()->rowCount(), 0);
    answer(QStringLiteral("Import"), &shown);
    tab.importFile(QStringLiteral(PLANNER_TEST_DATA "/import/formula-problems.csv"));
    QCOMPARE(ws.problems().total(), 4);
    QCOMPARE(tab.problemView()->model()->rowCount(), 4);
    ws.undoStack().undo();
    QCOMPARE(ws.problems().total(), 0);
}

void TestDsaTab::mergeTopicsFromTheTopicsPanel()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    QAbstractItemModelTester tester(&ws.topicModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    DsaTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    quickAdd(tab, QStringLiteral("two sum #arrays easy solved"));
    quickAdd(tab, QStringLiteral("group anagrams #Arrays-&-Hashing medium"));
    quickAdd(tab, QStringLiteral("valid palindrome #Arrays-and-Strings easy"));
    QTableView* topics = tab.topicView();
    QTRY_COMPARE(topics->model()->rowCount(), 3);
    auto* merge = tab.findChild<TopicMergeAction*>(QStringLiteral("mergeTopicsAction"));
    QVERIFY(merge);
    QVERIFY(!merge->isEnabled()); // nothing to merge with one topic or none
    topics->selectAll();
    QVERIFY(merge->isEnabled());
    QStringList offered;
    merge->setChooser([&](const QStringList& names) {
        offered = names;
        return QStringLiteral("Arrays and Strings");
    });
    const int steps = ws.undoStack().count();
    merge->trigger();
    QCOMPARE(offered.size(), 3);
    QCOMPARE(ws.undoStack().count(), steps + 1);
    QTRY_COMPARE(topics->model()->rowCount(), 1);
    const QModelIndex kept = topics->model()->index(0, TopicModel::TopicColumn);
    QCOMPARE(kept.data().toString(), QStringLiteral("Arrays and Strings"));
    QVERIFY(kept.data(Qt::ToolTipRole).toString().contains(QStringLiteral("arrays")));
    // Quick add with an old name lands on the kept topic.
    quickAdd(tab, QStringLiteral("contains duplicate #arrays easy"));
    QCOMPARE(ws.topics().loadAll().size(), 1);
    QCOMPARE(ws.topics().loadAll().first().total, 4);
    ws.undoStack().undo(); // the quick add
    ws.undoStack().undo(); // the merge
    QTRY_COMPARE(topics->model()->rowCount(), 3);
    QVERIFY(!merge->isEnabled());
}

QTEST_MAIN(TestDsaTab)
#include "tst_dsatab.moc"
