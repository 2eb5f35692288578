#include "ApplicationFixtures.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"
#include "gui/charts/ApplicationFunnelChart.h"
#include "gui/charts/DailyApplicationsChart.h"
#include "gui/common/ImportRunner.h"
#include "gui/jobs/ApplicationBoard.h"
#include "gui/jobs/ApplicationCardDelegate.h"
#include "gui/jobs/ApplicationDialog.h"
#include "gui/jobs/ApplicationSettingsDialog.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/jobs/CollapsedStageStrip.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

// The Applications tab driven through its real widgets.
class TestApplicationsTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogEditsTheInterviewTime();
    void dragCardToAnotherColumnMovesAndUndoRestores();
    void boardModelsPassTheTester();
    void quickAddWarnsAboutRecentDuplicate();
    void searchAndFiltersNarrowBothViews();
    void overviewListsOverdueFollowUps();
    void importPreviewThenOneUndoStep();
    void importRefusedUntilBadRowsAreSkipped();
    void importBacksUpAndCancelWritesNothing();
    void detailDialogEditsAndMovesAsOneUndoStep();
    void settingsMnemonicsHaveBuddies();
    void boardScrollsAndClosedStagesCollapse();
    void cardsShowTheRoleAndAFollowUpBadge();
    void tableOpenedFromTheBoardShowsNewestApplicationFirst();

private:
    qint64 add(const QString& company, const QString& role, const QString& stage,
               const QDate& applied);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ApplicationsTab> m_tab;
};

void TestApplicationsTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_applicationstab"));
}

void TestApplicationsTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("tab.sqlite"))));
    m_ws->applicationModel().setToday([] { return QDate(2026, 3, 20); });
    m_tab = std::make_unique<ApplicationsTab>(*m_ws);
    m_tab->resize(1400, 800);
    m_tab->show();
    m_tab->showBoard(true);
}

void TestApplicationsTab::cleanup()
{
    m_tab.reset();
    m_ws.reset();
}

qint64 TestApplicationsTab::add(const QString& company, const QString& role, const QString& stage,
                                const QDate& applied)
{
    return m_ws->applications().add(ApplicationFixtures::make(company, role, stage, applied));
}

void TestApplicationsTab::dragCardToAnotherColumnMovesAndUndoRestores()
{
    const qint64 id = add(QStringLiteral("Razorpay"), QStringLiteral("Backend Developer"),
                          QStringLiteral("applied"), QDate(2026, 3, 10));
    QListView* applied = m_tab->board()->column(QStringLiteral("applied"));
    QListView* offer = m_tab->board()->column(QStringLiteral("offer"));
    QVERIFY(applied && offer);
    QCOMPARE(applied->model()->rowCount(), 1);
    QCOMPARE(offer->model()->rowCount(), 0);

    // The mime data the drag would carry, made by the source view's model.
    const QModelIndex card = applied->model()->index(0, 0);
    std::unique_ptr<QMimeData> mime(applied->model()->mimeData({card}));
    const QPoint at = offer->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(offer->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(offer->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(offer->viewport(), &drop);

    QTRY_COMPARE(offer->model()->rowCount(), 1);
    QCOMPARE(applied->model()->rowCount(), 0);
    Application a;
    QVERIFY(m_ws->applications().load(id, &a));
    QCOMPARE(a.stage, QStringLiteral("offer"));
    QCOMPARE(a.stageSince, QDate(2026, 3, 20));
    const QVector<StageEvent> history = m_ws->applications().history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().fromStage, QStringLiteral("applied"));
    QCOMPARE(history.last().toStage, QStringLiteral("offer"));
    QCOMPARE(history.last().changedOn, QDate(2026, 3, 20));
    QCOMPARE(m_tab->findChild<QLabel*>(QStringLiteral("offerHeaderLabel"))->text(),
             QStringLiteral("Offer (1)"));

    m_ws->undoStack().undo();
    QCOMPARE(applied->model()->rowCount(), 1);
    QCOMPARE(offer->model()->rowCount(), 0);
    QVERIFY(m_ws->applications().load(id, &a));
    QCOMPARE(a.stage, QStringLiteral("applied"));
    QCOMPARE(a.stageSince, QDate(2026, 3, 10));
    QCOMPARE(m_ws->applications().history(id).size(), 1);
}

void TestApplicationsTab::boardModelsPassTheTester()
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const QString& stage : m_tab->board()->stageOrder())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_tab->board()->column(stage)->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest));
    testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_tab->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    const qint64 id = add(QStringLiteral("A"), QStringLiteral("Dev"), QStringLiteral("applied"),
                          QDate(2026, 3, 1));
    add(QStringLiteral("B"), QStringLiteral("Dev"), QStringLiteral("wishlist"), QDate());
    m_tab->board()->column(QStringLiteral("applied"))->selectAll();
    QCOMPARE(m_tab->board()->selectedIds(), QVector<qint64>{id});
    m_ws->applications().removeMany({id});
    QCOMPARE(m_tab->table()->model()->rowCount(), 1);
}

void TestApplicationsTab::quickAddWarnsAboutRecentDuplicate()
{
    add(QStringLiteral("Razorpay Software Pvt Ltd"), QStringLiteral("Backend Developer"),
        QStringLiteral("applied"), QDate(2026, 3, 18));
    auto* company = m_tab->findChild<QLineEdit*>(QStringLiteral("companyLineEdit"));
    auto* role = m_tab->findChild<QLineEdit*>(QStringLiteral("roleLineEdit"));
    auto* hint = m_tab->findChild<QLabel*>(QStringLiteral("applicationHintLabel"));
    QTest::keyClicks(company, QStringLiteral("razorpay software"));
    QTest::keyClicks(role, QStringLiteral("backend  developer"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Already applied")));
    // The warning does not block: Enter adds it again, once.
    QTest::keyClick(role, Qt::Key_Return);
    QCOMPARE(m_ws->applications().total(), 2);
    QVERIFY(!hint->text().contains(QStringLiteral("Already applied")));
    QTest::keyClicks(company, QStringLiteral("Zoho"));
    QTest::keyClicks(role, QStringLiteral("Backend Developer"));
    QVERIFY(!hint->isVisible());
}

void TestApplicationsTab::searchAndFiltersNarrowBothViews()
{
    add(QStringLiteral("Razorpay"), QStringLiteral("Backend"), QStringLiteral("applied"),
        QDate(2026, 3, 1));
    add(QStringLiteral("Zoho"), QStringLiteral("Backend"), QStringLiteral("screening"),
        QDate(2026, 3, 2));
    add(QStringLiteral("Zerodha"), QStringLiteral("Frontend"), QStringLiteral("applied"),
        QDate(2026, 3, 3));
    m_tab->showBoard(false);
    QCOMPARE(m_tab->table()->model()->rowCount(), 3);
    auto* search = m_tab->findChild<QLineEdit*>(QStringLiteral("applicationSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("backend"));
    QCOMPARE(m_tab->table()->model()->rowCount(), 2);
    QCOMPARE(m_tab->board()->column(QStringLiteral("applied"))->model()->rowCount(), 1);
    auto* stage = m_tab->findChild<QComboBox*>(QStringLiteral("stageFilterComboBox"));
    stage->setCurrentIndex(stage->findData(QStringLiteral("screening")));
    QCOMPARE(m_tab->table()->model()->rowCount(), 1);
    QCOMPARE(m_tab->table()->model()->index(0, ApplicationModel::CompanyColumn).data().toString(),
             QStringLiteral("Zoho"));
    // Sorting by company, through the header.
    stage->setCurrentIndex(0);
    search->clear();
    m_tab->table()->sortByColumn(ApplicationModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(m_tab->table()->model()->index(0, 0).data().toString(), QStringLiteral("Razorpay"));
    QCOMPARE(m_tab->table()->model()->index(2, 0).data().toString(), QStringLiteral("Zoho"));
}

void TestApplicationsTab::overviewListsOverdueFollowUps()
{
    add(QStringLiteral("Late Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 1)); // due 03-08 with the default 7 days; today is 03-20
    add(QStringLiteral("Fresh Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 19));
    auto* list = m_tab->findChild<QListWidget*>(QStringLiteral("followUpListWidget"));
    QTRY_VERIFY(list->count() > 0 && list->item(0)->text().contains(QStringLiteral("Late Co")));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("12 day")));
    // The funnel and the week are small charts; the funnel's medians are on hover.
    auto* funnel = m_tab->findChild<ApplicationFunnelChart*>();
    QVERIFY(funnel && funnel->isCompact());
    // Its text is worked out when the pointer rests on it, and again after a change.
    // Sent where the pointer would be, to the chart's innermost widget, as Qt does.
    const auto hover = [funnel] {
        const QPoint centre = funnel->rect().center();
        QWidget* under = funnel->childAt(centre);
        QWidget* target = under ? under : funnel;
        QHelpEvent help(QEvent::ToolTip, target->mapFrom(funnel, centre),
                        funnel->mapToGlobal(centre));
        QApplication::sendEvent(target, &help);
        return funnel->toolTip();
    };
    QTRY_VERIFY2(hover().contains(QStringLiteral("Applied: 2")), qPrintable(funnel->toolTip()));
    add(QStringLiteral("Third Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 18));
    QTRY_VERIFY2(hover().contains(QStringLiteral("Applied: 3")), qPrintable(funnel->toolTip()));
    auto* week = m_tab->findChild<DailyApplicationsChart*>();
    QVERIFY(week && week->isCompact());
}

// Runs `act` on the modal dialog as soon as it is shown.
template <typename Act> static void onDialog(Act act)
{
    QTimer::singleShot(0, qApp, [act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
    });
}

void TestApplicationsTab::importPreviewThenOneUndoStep()
{
    int previewRows = 0;
    int issues = 0;
    QString summary;
    onDialog([&](QDialog* dialog) {
        previewRows = dialog->findChild<QTreeWidget*>(QStringLiteral("importTreeWidget"))
                          ->topLevelItemCount();
        issues = dialog->findChild<QTreeWidget*>(QStringLiteral("importIssuesTreeWidget"))
                     ->topLevelItemCount();
        summary = dialog->findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text();
        dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    });
    QVERIFY(m_tab->importCsvFile(TestFiles::data(QStringLiteral("jobs/messy.csv"))));
    QCOMPARE(previewRows, 6);
    QVERIFY(issues >= 1); // the duplicate, with its line
    QVERIFY(summary.contains(QStringLiteral("6 row")));
    QCOMPARE(m_ws->applications().total(), 6);
    QCOMPARE(m_tab->board()->column(QStringLiteral("screening"))->model()->rowCount(), 1);
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->applications().total(), 0);
    m_ws->undoStack().redo();
    QCOMPARE(m_ws->applications().total(), 6);
}

void TestApplicationsTab::importRefusedUntilBadRowsAreSkipped()
{
    bool enabledAtFirst = true;
    onDialog([&](QDialog* dialog) {
        auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
        enabledAtFirst = import->isEnabled();
        dialog->findChild<QCheckBox*>(QStringLiteral("skipBadRowsCheckBox"))->setChecked(true);
        import->click();
    });
    QVERIFY(m_tab->importCsvFile(
        TestFiles::data(QStringLiteral("import/applications-missing-company.csv"))));
    QVERIFY(!enabledAtFirst);
    QCOMPARE(m_ws->applications().total(), 2); // the row without a company is left out
}

void TestApplicationsTab::importBacksUpAndCancelWritesNothing()
{
    const QString file = TestFiles::data(QStringLiteral("import/tracker-export.csv"));
    const int backups = int(m_ws->backups().list().size());
    const int steps = m_ws->undoStack().count();
    QStringList preview;
    const auto accept = [&preview](QDialog* dialog) {
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("importTreeWidget"));
        preview.clear();
        for (int r = 0; r < tree->topLevelItemCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < tree->columnCount(); ++c)
                cells << tree->topLevelItem(r)->text(c);
            preview << cells.join(u'|');
        }
        dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    };
    // Cancelled at the first progress report: a backup was taken, nothing written.
    ImportRunner::setProgressHook([](int, int) { return false; });
    onDialog(accept);
    QVERIFY(!m_tab->importCsvFile(file));
    ImportRunner::setProgressHook({});
    QCOMPARE(int(m_ws->backups().list().size()), backups + 1);
    QCOMPARE(m_ws->applications().total(), 0);
    QCOMPARE(m_ws->applicationModel().rowCount(), 0);
    QCOMPARE(m_ws->undoStack().count(), steps);
    // The preview shows the parsed values: the company from "Name", the stage history.
    QVERIFY(preview.value(0).startsWith(QStringLiteral("2|Acme Cloud||")));
    QVERIFY2(preview.value(0).contains(QStringLiteral("3 stage event")),
             qPrintable(preview.join(u'\n')));

    // Let through: one undo step takes the whole import back.
    int reports = 0;
    ImportRunner::setProgressHook([&reports](int, int) { return ++reports > 0; });
    onDialog(accept);
    QVERIFY(m_tab->importCsvFile(file));
    ImportRunner::setProgressHook({});
    QVERIFY(reports > 0);
    QCOMPARE(m_ws->applications().total(), 3);
    QCOMPARE(m_tab->board()->column(QStringLiteral("interviewing"))->model()->rowCount(), 1);
    QCOMPARE(m_ws->undoStack().count(), steps + 1);
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->applications().total(), 0);
    QCOMPARE(m_ws->applicationModel().rowCount(), 0);
    m_ws->undoStack().redo();
    QCOMPARE(m_ws->applicationModel().rowCount(), 3);
}

void TestApplicationsTab::detailDialogEditsAndMovesAsOneUndoStep()
{
    const qint64 id = add(QStringLiteral("Zoho"), QStringLiteral("SDE"), QStringLiteral("applied"),
                          QDate(2026, 3, 1));
    onDialog([](QDialog* dialog) {
        auto* role = dialog->findChild<QLineEdit*>(QStringLiteral("detailRoleLineEdit"));
        role->setText(QStringLiteral("SDE 2"));
        auto* stage = dialog->findChild<QComboBox*>(QStringLiteral("stageComboBox"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("interviewing")));
        dialog->findChild<QPushButton*>(QStringLiteral("addContactButton"))->click();
        auto* contacts = dialog->findChild<QTableWidget*>(QStringLiteral("contactsTableWidget"));
        contacts->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Asha")));
        dialog->accept();
    });
    const int steps = m_ws->undoStack().count();
    m_tab->openApplication(id);
    QCOMPARE(m_ws->undoStack().count(), steps + 1);
    ApplicationRecord r = m_ws->applications().loadRecord(id);
    QCOMPARE(r.application.role, QStringLiteral("SDE 2"));
    QCOMPARE(r.application.stage, QStringLiteral("interviewing"));
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.history.size(), 2);
    m_ws->undoStack().undo();
    r = m_ws->applications().loadRecord(id);
    QCOMPARE(r.application.role, QStringLiteral("SDE"));
    QCOMPARE(r.application.stage, QStringLiteral("applied"));
    QCOMPARE(r.contacts.size(), 0);
    QCOMPARE(r.history.size(), 1);
}

void TestApplicationsTab::settingsMnemonicsHaveBuddies()
{
    // A label with a mnemonic but no buddy shows its ampersand literally.
    ApplicationSettingsDialog dialog(m_ws->settings(), m_tab.get());
    dialog.show();
    const auto labels = dialog.findChildren<QLabel*>();
    int mnemonics = 0;
    for (const QLabel* label : labels) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (!text.contains(u'&'))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(mnemonics >= 4);
}

void TestApplicationsTab::dialogEditsTheInterviewTime()
{
    ApplicationRecord record;
    record.application =
        ApplicationFixtures::make(QStringLiteral("Acme"), QStringLiteral("SDE"),
                                  QStringLiteral("interviewing"), QDate(2026, 6, 1));
    InterviewRound timed;
    timed.date = QDate(2026, 6, 3);
    timed.time = QTime(14, 30);
    InterviewRound day;
    day.date = QDate(2026, 6, 5);
    record.rounds = {timed, day};
    ApplicationDialog dialog(record, m_ws->settings(), StageOrder::load(m_ws->settings()));
    const QList<QTimeEdit*> times =
        dialog.findChildren<QTimeEdit*>(QStringLiteral("roundTimeEdit"));
    QCOMPARE(times.size(), 2);
    QCOMPARE(times.at(0)->time(), QTime(14, 30));
    // A round for the day only shows "no time".
    QCOMPARE(times.at(1)->text(), QStringLiteral("no time"));
    times.at(1)->setTime(QTime(9, 15));
    times.at(0)->setTime(QTime(0, 0));
    const ApplicationRecord back = dialog.record();
    QCOMPARE(back.rounds.size(), 2);
    QVERIFY(!back.rounds.at(0).time.isValid());
    QCOMPARE(back.rounds.at(1).time, QTime(9, 15));
    QCOMPARE(back.rounds.at(1).scheduledValue().toString(), QStringLiteral("2026-06-05T09:15"));
}

void TestApplicationsTab::boardScrollsAndClosedStagesCollapse()
{
    QSettings().remove(QStringLiteral("applications/collapsedStages"));
    add(QStringLiteral("Gone Co"), QStringLiteral("Dev"), QStringLiteral("rejected"),
        QDate(2026, 2, 1));
    m_tab->resize(1366, 700); // the common laptop screen, less the panel
    QApplication::processEvents();
    ApplicationBoard* board = m_tab->board();
    auto* scroll = board->findChild<QScrollArea*>(QStringLiteral("boardScrollArea"));
    // Nine columns do not fit: each keeps its width and the board scrolls.
    QListView* applied = board->column(QStringLiteral("applied"));
    QTRY_VERIFY(applied->width() >= board->columnMinimumWidth() - 2);
    QScrollBar* sideways = scroll->horizontalScrollBar();
    QVERIFY(sideways->maximum() > 0);
    sideways->setValue(sideways->maximum());
    QListView* withdrawn = board->column(QStringLiteral("withdrawn"));
    QVERIFY(!withdrawn->visibleRegion().isEmpty());

    // A closing stage folds into a strip that keeps its count.
    const int before = sideways->maximum();
    QTest::mouseClick(board->findChild<QToolButton*>(QStringLiteral("rejectedCollapseToolButton")),
                      Qt::LeftButton);
    QVERIFY(board->isCollapsed(QStringLiteral("rejected")));
    QVERIFY(!board->column(QStringLiteral("rejected"))->isVisible());
    CollapsedStageStrip* strip = board->strip(QStringLiteral("rejected"));
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->text(), QStringLiteral("Rejected (1)"));
    QVERIFY(strip->width() < board->columnMinimumWidth() / 3);
    QTRY_VERIFY(sideways->maximum() < before);
    QVERIFY(!board->findChild<QToolButton*>(QStringLiteral("offerCollapseToolButton")));
    // Remembered: the next board starts with it folded.
    {
        ApplicationBoard again(*m_ws, m_tab->table()->model());
        QVERIFY(again.isCollapsed(QStringLiteral("rejected")));
        QVERIFY(!again.isCollapsed(QStringLiteral("ghosted")));
    }
    add(QStringLiteral("Gone Too"), QStringLiteral("Dev"), QStringLiteral("rejected"),
        QDate(2026, 2, 2));
    QTRY_COMPARE(strip->text(), QStringLiteral("Rejected (2)"));
    QTest::mouseClick(strip, Qt::LeftButton);
    QVERIFY(!board->isCollapsed(QStringLiteral("rejected")));
    QVERIFY(board->column(QStringLiteral("rejected"))->isVisible());
    QVERIFY(!strip->isVisible());
    QVERIFY(
        QSettings().value(QStringLiteral("applications/collapsedStages")).toStringList().isEmpty());
}

void TestApplicationsTab::cardsShowTheRoleAndAFollowUpBadge()
{
    const QString role = QStringLiteral("Backend Developer (Payments)");
    add(QStringLiteral("Late Co"), role, QStringLiteral("applied"),
        QDate(2026, 3, 1)); // follow-up due 03-08; today is 03-20
    add(QStringLiteral("Fresh Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 19));
    QListView* applied = m_tab->board()->column(QStringLiteral("applied"));
    QTRY_COMPARE(applied->model()->rowCount(), 2);
    const auto* cards = qobject_cast<ApplicationCardDelegate*>(applied->itemDelegate());
    QVERIFY(cards);
    QModelIndex late;
    QModelIndex fresh;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex i = applied->model()->index(row, 0);
        (i.data().toString() == u"Late Co" ? late : fresh) = i;
    }
    QCOMPARE(cards->badgeText(late), QStringLiteral("Follow up"));
    QVERIFY(cards->badgeText(fresh).isEmpty());
    // The due follow-up is the badge, not cut-off text on the last line.
    QVERIFY(!cards->thirdLine(late).contains(QStringLiteral("ollow")));
    // At the narrowest column the whole role reads on two lines.
    bool elided = true;
    const QStringList lines = ApplicationCardDelegate::twoLines(
        role, applied->font(),
        ApplicationCardDelegate::textWidth(m_tab->board()->columnMinimumWidth()), &elided);
    QCOMPARE(lines.size(), 2);
    QVERIFY(!elided);
    QCOMPARE(lines.join(u' '), role);
    // A role too long for two lines is elided on the second.
    ApplicationCardDelegate::twoLines(role.repeated(4), applied->font(), 120, &elided);
    QVERIFY(elided);
    // Each card has room for company, two lines of role and the badge line.
    QStyleOptionViewItem option;
    option.font = applied->font();
    QVERIFY(cards->sizeHint(option, late).height() >= 4 * QFontMetrics(option.font).height());
}

void TestApplicationsTab::tableOpenedFromTheBoardShowsNewestApplicationFirst()
{
    // The table sorts when it is first shown, not while the board covers it.
    add(QStringLiteral("Older Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 1));
    add(QStringLiteral("Newest Co"), QStringLiteral("Dev"), QStringLiteral("applied"),
        QDate(2026, 3, 15));
    add(QStringLiteral("Middle Co"), QStringLiteral("Dev"), QStringLiteral("screening"),
        QDate(2026, 3, 8));
    m_tab->showBoard(true);
    auto* tableButton = m_tab->findChild<QToolButton*>(QStringLiteral("tableViewToolButton"));
    QVERIFY(tableButton);
    QTest::mouseClick(tableButton, Qt::LeftButton);
    QTRY_VERIFY(m_tab->table()->isVisible());
    QVERIFY(m_tab->table()->isSortingEnabled());
    QCOMPARE(m_tab->table()->horizontalHeader()->sortIndicatorSection(),
             int(ApplicationModel::AppliedColumn));
    const QAbstractItemModel* rows = m_tab->table()->model();
    QTRY_COMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->index(0, ApplicationModel::CompanyColumn).data().toString(),
             QStringLiteral("Newest Co"));
    QCOMPARE(rows->index(1, ApplicationModel::CompanyColumn).data().toString(),
             QStringLiteral("Middle Co"));
    QCOMPARE(rows->index(2, ApplicationModel::CompanyColumn).data().toString(),
             QStringLiteral("Older Co"));
}

QTEST_MAIN(TestApplicationsTab)
#include "tst_applicationstab.moc"
