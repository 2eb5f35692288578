#include "gui/common/ColumnFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <type_traits>

// ColumnFitter keeps columns as wide as their contents, measured when the
// contents change rather than on each resize of the header.
class TestColumnFitter : public QObject
{
    Q_OBJECT
private slots:
    void treeColumnFollowsItsContents();
    void tableColumnFollowsItsContents();
    void wideningDoesNotMeasureAgain();

private:
    static void fill(QStandardItemModel& model, int rows);
    template <typename View> void followsContents();
};

void TestColumnFitter::fill(QStandardItemModel& model, int rows)
{
    model.setColumnCount(2);
    model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Due")});
    for (int r = 0; r < rows; ++r)
        model.appendRow({new QStandardItem(QStringLiteral("Row %1").arg(r)),
                         new QStandardItem(QStringLiteral("Thursday, 1 January 2026"))});
}

template <typename View> void TestColumnFitter::followsContents()
{
    QStandardItemModel model;
    fill(model, 20);
    View view;
    view.setModel(&model);
    QHeaderView* header = nullptr;
    if constexpr (std::is_same_v<View, QTreeView>)
        header = view.header();
    else
        header = view.horizontalHeader();
    // As in the Timeline: the title takes the rest, so a column that is not
    // fitted keeps the header's default width.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    new ColumnFitter(&view, {1});
    QCOMPARE(header->sectionResizeMode(1), QHeaderView::Fixed);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QFontMetrics fm(view.font());
    // Wider than a section left alone, so only a fitted column holds it.
    const int first = fm.horizontalAdvance(QStringLiteral("Thursday, 1 January 2026"));
    QVERIFY(first > header->defaultSectionSize());
    QTRY_VERIFY(header->sectionSize(1) >= first);
    const int narrow = header->sectionSize(1);
    // Longer text in a cell widens the column on the next turn of the loop.
    const QString longer = QStringLiteral("30 September 2026, after the interview");
    model.item(3, 1)->setText(longer);
    QTRY_VERIFY(header->sectionSize(1) >= fm.horizontalAdvance(longer));
    // And the column narrows again when that row goes.
    model.removeRow(3);
    QTRY_COMPARE(header->sectionSize(1), narrow);
    // A new row with long text is measured too.
    model.appendRow({new QStandardItem(QStringLiteral("New")), new QStandardItem(longer)});
    QTRY_VERIFY(header->sectionSize(1) >= fm.horizontalAdvance(longer));
}

void TestColumnFitter::treeColumnFollowsItsContents()
{
    followsContents<QTreeView>();
}

void TestColumnFitter::tableColumnFollowsItsContents()
{
    followsContents<QTableView>();
}

namespace {
// Counts the measurements of the cells it draws: what fitting a column costs
// (painting them does not ask).
class CountingDelegate : public QStyledItemDelegate
{
public:
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

// Measurements of column 1's cells while a tree with a stretched first
// column is widened five times, column 1 fitted by ColumnFitter or by the
// header's ResizeToContents.
int measuredWhileWidening(bool fitter)
{
    QStandardItemModel model;
    model.setColumnCount(2);
    for (int p = 0; p < 10; ++p) {
        QList<QStandardItem*> parent{new QStandardItem(QStringLiteral("Month %1").arg(p)),
                                     new QStandardItem(QStringLiteral("1 Jan"))};
        for (int c = 0; c < 20; ++c)
            parent[0]->appendRow({new QStandardItem(QStringLiteral("Week %1").arg(c)),
                                  new QStandardItem(QStringLiteral("8 Jan"))});
        model.appendRow(parent);
    }
    QTreeView view;
    view.setModel(&model);
    CountingDelegate delegate;
    view.setItemDelegateForColumn(1, &delegate);
    view.header()->setResizeContentsPrecision(100);
    view.header()->setStretchLastSection(false);
    view.header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (fitter)
        new ColumnFitter(&view, {1});
    else
        view.header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view.resize(500, 300);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return -1;
    QCoreApplication::processEvents();
    delegate.measured = 0;
    // A tab settling: the tree widened step by step, its title column
    // stretched to the rest, as in the Timeline.
    for (int width : {520, 540, 560, 580, 600}) {
        view.resize(width, 300);
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return delegate.measured;
}
} // namespace

void TestColumnFitter::wideningDoesNotMeasureAgain()
{
    // With a stretched section the header sizes every section again at each
    // change of width, measuring the ResizeToContents ones each time; the
    // fitter measures only when what the column shows changes, and widening
    // changes nothing it shows.
    const int fitted = measuredWhileWidening(true);
    const int byHeader = measuredWhileWidening(false);
    qInfo("column 1 measured: %d times fitted, %d by the header", fitted, byHeader);
    QVERIFY2(byHeader > 0, "the header measured nothing: the test no longer widens the view");
    QCOMPARE(fitted, 0);
}

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
