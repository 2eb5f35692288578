#pragma once

#include <QSortFilterProxyModel>

// Search and "hide done" over the plan tree; a heading stays while any of its
// descendants matches. Also gives the tree its look: headings bold, overdue
// items in the overdue colour, finished ones muted.
class RoadmapFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RoadmapFilterProxy(QObject* parent = nullptr);

    void setHideDone(bool hide);
    bool hideDone() const { return m_hideDone; }

    QVariant data(const QModelIndex& index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_hideDone = false;
};
