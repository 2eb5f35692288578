#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QAbstractItemView;
class QHeaderView;

// Keeps some columns of a tree or table as wide as their contents, measured again when
// what they show changes (the model's rows or data, rows shown or hidden by
// expanding and collapsing, the font, the style, the header's words), once for
// a burst of such changes, rather than at every layout of the view's items,
// as QHeaderView::ResizeToContents does.
//
// ResizeToContents measured the Timeline's three short columns at each of
// them: seven times on the tab's first visit at 5,000 items (showing, the
// first expansion, the first resize, a delayed layout), 100 M instructions;
// the DSA and Skills tables alike. The
// columns are Fixed, as they were; their
// width is the contents' (rows measured as the header's resize-contents
// precision says), or the header's label when that is wider.
class ColumnFitter : public QObject
{
public:
    // `view` is a QTreeView or a QTableView, with its model set.
    ColumnFitter(QAbstractItemView* view, QList<int> columns);

    // Measures now; also what a pending change does on the next turn of the
    // event loop.
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    QHeaderView* header() const;

    QAbstractItemView* m_view;
    QList<int> m_columns;
    QTimer m_pending;
    // Rows are measured around the visible ones, so not before the view has
    // its size: until first shown, a change only waits for the show.
    bool m_shown = false;
};
