#include "gui/common/ColumnFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
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
                         new QStandardItem(QStringLiteral("1 Jan"))});
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
    new ColumnFitter(&view, {1});
    QCOMPARE(header->sectionResizeMode(1), QHeaderView::Fixed);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QFontMetrics fm(view.font());
    const int narrow = header->sectionSize(1);
    QVERIFY(narrow >= fm.horizontalAdvance(QStringLiteral("1 Jan")));
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
// Counts the display texts a view asks for in one column.
class CountingModel : public QStandardItemModel
{
public:
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 1)
            ++reads;
        return QStandardItemModel::data(index, role);
    }
    mutable int reads = 0;
};
} // namespace

namespace {
// Reads of column 1's text while a tree with a stretched first column is
// widened five times, column 1 fitted by ColumnFitter or by the header's
// ResizeToContents.
int readsWhileWidening(bool fitter)
{
    CountingModel model;
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
    model.reads = 0;
    // A tab settling: the tree widened step by step, its title column
    // stretched to the rest, as in the Timeline.
    for (int width : {520, 540, 560, 580, 600}) {
        view.resize(width, 300);
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return model.reads;
}
} // namespace

void TestColumnFitter::wideningDoesNotMeasureAgain()
{
    // With a stretched section the header sizes every section again at each
    // change of width, measuring the ResizeToContents ones each time; the
    // fitter measures only when what the column shows changes.
    const int fitted = readsWhileWidening(true);
    const int byHeader = readsWhileWidening(false);
    QVERIFY(fitted > 0);
    qInfo("column reads: %d fitted, %d by the header", fitted, byHeader);
    QVERIFY2(
        fitted * 2 < byHeader,
        qPrintable(QStringLiteral("%1 reads fitted, %2 by the header").arg(fitted).arg(byHeader)));
}

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
