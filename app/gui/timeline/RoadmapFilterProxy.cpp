#include "RoadmapFilterProxy.h"

#include "core/roadmap/RoadmapModel.h"
#include "gui/common/StatusPalette.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

RoadmapFilterProxy::RoadmapFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(RoadmapModel::TitleColumn);
}

void RoadmapFilterProxy::setHideDone(bool hide)
{
    if (hide == m_hideDone)
        return;
    m_hideDone = hide;
    invalidateFilter();
}

bool RoadmapFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideDone) {
        const int items = index.data(RoadmapModel::ItemCountRole).toInt();
        const int done = index.data(RoadmapModel::DoneCountRole).toInt();
        if (items > 0 && items == done)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QVariant RoadmapFilterProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::FontRole && index.column() == RoadmapModel::TitleColumn) {
        const auto kind = RoadmapNode::Kind(index.data(RoadmapModel::KindRole).toInt());
        if (kind != RoadmapNode::Kind::Item) {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
    }
    if (role == Qt::ForegroundRole) {
        const auto kind = RoadmapNode::Kind(index.data(RoadmapModel::KindRole).toInt());
        const auto status = RoadmapNode::Status(index.data(RoadmapModel::StatusRole).toInt());
        if (kind == RoadmapNode::Kind::Item && status == RoadmapNode::Status::Done)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.data(RoadmapModel::OverdueRole).toBool() &&
            (kind == RoadmapNode::Kind::Item || index.column() == RoadmapModel::DueColumn))
            return StatusPalette::overdue();
    }
    return QSortFilterProxyModel::data(index, role);
}
