#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

ColumnFitter::ColumnFitter(QAbstractItemView* view, QList<int> columns)
    : QObject(view)
    , m_view(view)
    , m_columns(std::move(columns))
{
    for (int c : std::as_const(m_columns))
        header()->setSectionResizeMode(c, QHeaderView::Fixed);
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &ColumnFitter::fit);
    QAbstractItemModel* model = m_view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    // Expanding or collapsing one branch changes which rows there are to
    // show; expandAll() and collapseAll() signal nothing, but move the
    // scroll range.
    if (auto* tree = qobject_cast<QTreeView*>(m_view)) {
        connect(tree, &QTreeView::expanded, this, &ColumnFitter::schedule);
        connect(tree, &QTreeView::collapsed, this, &ColumnFitter::schedule);
    }
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ColumnFitter::schedule);
    m_view->installEventFilter(this);
}

void ColumnFitter::fit()
{
    m_pending.stop();
    auto* tree = qobject_cast<QTreeView*>(m_view);
    auto* table = qobject_cast<QTableView*>(m_view);
    for (int c : std::as_const(m_columns)) {
        if (tree)
            tree->resizeColumnToContents(c);
        else if (table)
            table->resizeColumnToContents(c);
    }
}

QHeaderView* ColumnFitter::header() const
{
    if (auto* tree = qobject_cast<QTreeView*>(m_view))
        return tree->header();
    return qobject_cast<QTableView*>(m_view)->horizontalHeader();
}

void ColumnFitter::schedule()
{
    if (m_shown)
        m_pending.start();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::Show:
            if (!m_shown) {
                m_shown = true;
                fit();
            }
            break;
        case QEvent::FontChange:
        case QEvent::StyleChange:
            schedule();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
