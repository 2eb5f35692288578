#include "FixturePlans.h"
#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/Application.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/storage/EditStack.h"
#include "core/today/Today.h"
#include "gui/MainWindow.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/timeline/TimelineTab.h"
#include "gui/today/TodayView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The Today view in the real window, on a fixture plan with a fixed today:
// grade a review with one key, add an application in place, open an overdue item.
class TestTodayView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFirstAndCtrl0ComesBack();
    void gradeReviewWithOneKey();
    void addApplicationInPlace();
    void openOverdueItemInTimeline();
    void longListEndsInOneLineThatOpensItsTab();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today{2026, 1, 20};
};

void TestTodayView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_todayview"));
}

void TestTodayView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(FixturePlans::open(*m_ws, m_dir->filePath(QStringLiteral("t.sqlite")),
                                QStringLiteral("today/plan.md"), QDate(2026, 1, 1), &error),
             qPrintable(error));
    const QDate today = m_today;
    m_ws->applicationModel().setToday([today] { return today; });
    m_ws->today().setClock([today] { return today; });
    Problem p;
    p.title = QStringLiteral("Two Sum");
    p.slug = QStringLiteral("two-sum");
    p.status = Problem::Status::Solved;
    p.solvedOn = m_today.addDays(-3); // first review two days ago
    QVERIFY(m_ws->problems().add(p));
    m_ws->today().refresh();
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTodayView::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestTodayView::opensFirstAndCtrl0ComesBack()
{
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->todayView());
    auto* heading = m_window->todayView()->findChild<QLabel*>(QStringLiteral("todayHeadingLabel"));
    QVERIFY(heading->text().contains(QStringLiteral("Week 3-4: Practice")));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_window->tabs()->currentWidget() != m_window->todayView());
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->todayView());
}

void TestTodayView::gradeReviewWithOneKey()
{
    QListWidget* reviews = m_window->todayView()->reviewList();
    QCOMPARE(reviews->count(), 1);
    QVERIFY(reviews->item(0)->text().startsWith(QStringLiteral("Two Sum")));
    QVERIFY(reviews->item(0)->text().contains(QStringLiteral("overdue")));
    reviews->setFocus();
    reviews->setCurrentRow(0);
    QTest::keyClick(reviews, Qt::Key_3); // Good
    QCOMPARE(m_ws->undoStack().count(), 1);
    QVERIFY(m_ws->undoStack().text(0).contains(QStringLiteral("Two Sum")));
    QTRY_VERIFY(m_ws->today().snapshot().reviews.isEmpty());
    QCOMPARE(reviews->count(), 1); // the empty-state line
    QVERIFY(!(reviews->item(0)->flags() & Qt::ItemIsEnabled));
    // The empty list folds to its line; the plan above it takes the room.
    QTRY_VERIFY(reviews->height() < 4 * reviews->fontMetrics().lineSpacing());
    QVERIFY(m_window->todayView()->planList()->height() > 3 * reviews->height());
    QVERIFY(m_window->todayView()
                ->findChild<QLabel*>(QStringLiteral("todayGradeHintLabel"))
                ->isHidden());
    QVERIFY(m_window->todayLine().contains(QStringLiteral("0 review")));
    // The next review is scheduled from today, the day it was graded.
    const ProblemRecord r = m_ws->problems().records({m_ws->problemModel().problems()[0].id})[0];
    QVERIFY(r.pendingReview());
    QVERIFY(r.pendingReview()->dueOn > m_today);
    m_ws->undoStack().undo();
    QTRY_COMPARE(m_ws->today().snapshot().reviews.size(), 1);
    QTRY_VERIFY(reviews->height() > 4 * reviews->fontMetrics().lineSpacing());
}

void TestTodayView::addApplicationInPlace()
{
    auto* view = m_window->todayView();
    auto* company = view->findChild<QLineEdit*>(QStringLiteral("todayCompanyLineEdit"));
    auto* role = view->findChild<QLineEdit*>(QStringLiteral("todayRoleLineEdit"));
    QVERIFY(company && role);
    QTest::keyClicks(company, QStringLiteral("Razorpay"));
    QTest::keyClicks(role, QStringLiteral("Backend Developer (Python)"));
    QTest::keyClick(role, Qt::Key_Return);
    QCOMPARE(m_ws->applications().total(), 1);
    QVERIFY(company->text().isEmpty());
    auto* goal = view->findChild<QLabel*>(QStringLiteral("todayGoalLabel"));
    QTRY_VERIFY(goal->text().contains(QStringLiteral("1 of 15–20")));
    QVERIFY(m_window->todayLine().contains(QStringLiteral("1/15 applications today")));
    // Ctrl+N on Today goes to the same quick add.
    m_window->tabs()->setCurrentWidget(view);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), company);
}

void TestTodayView::openOverdueItemInTimeline()
{
    QListWidget* plan = m_window->todayView()->planList();
    QCOMPARE(plan->count(), 3);
    QVERIFY(plan->item(0)->text().startsWith(QStringLiteral("Write the first script")));
    QVERIFY(plan->item(0)->text().contains(QStringLiteral("overdue")));
    plan->setFocus();
    plan->setCurrentRow(0);
    QTest::keyClick(plan, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->timelineTab());
    const QModelIndex current = m_window->timelineTab()->tree()->currentIndex();
    QCOMPARE(current.data().toString(), QStringLiteral("Write the first script"));
}

void TestTodayView::longListEndsInOneLineThatOpensItsTab()
{
    // More follow-ups due than a list shows: the first ListLimit by name, then
    // one line that says how many more and opens the tab listing them all.
    const int extra = 7;
    for (int i = 0; i < Today::ListLimit + extra; ++i) {
        Application a;
        a.company = QStringLiteral("Company %1").arg(i);
        a.role = QStringLiteral("Backend Developer");
        a.appliedOn = m_today.addDays(-30 - i);
        QVERIFY(m_ws->applications().add(a) > 0);
    }
    m_ws->today().refresh();
    auto* list =
        m_window->todayView()->findChild<QListWidget*>(QStringLiteral("todayFollowUpListWidget"));
    QVERIFY(list);
    QTRY_COMPARE(list->count(), Today::ListLimit + 1);
    // Longest overdue first.
    QVERIFY2(list->item(0)->text().startsWith(
                 QStringLiteral("Company %1 ").arg(Today::ListLimit + extra - 1)),
             qPrintable(list->item(0)->text()));
    QListWidgetItem* more = list->item(Today::ListLimit);
    QVERIFY(more);
    QVERIFY2(more->text().contains(QStringLiteral("%1 more").arg(extra)), qPrintable(more->text()));
    QCOMPARE(m_ws->today().snapshot().followUpCount, Today::ListLimit + extra);
    list->setFocus();
    list->setCurrentItem(more);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget*>(m_window->applicationsTab()));
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
