#include "ProgressDelegate.h"

#include "StatusPalette.h"

#include <QPainter>

ProgressDelegate::ProgressDelegate(int doneRole, int totalRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_doneRole(doneRole)
    , m_totalRole(totalRole)
{
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int total = index.data(m_totalRole).toInt();
    if (total <= 1 || index.data(Qt::DisplayRole).toString().isEmpty())
        return;
    const int done = index.data(m_doneRole).toInt();
    const QRect r = option.rect.adjusted(4, option.rect.height() - 5, -4, -2);
    painter->save();
    painter->setPen(Qt::NoPen);
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(90);
    painter->setBrush(track);
    painter->drawRoundedRect(r, 1.5, 1.5);
    QRect filled = r;
    filled.setWidth(r.width() * done / total);
    painter->setBrush(done == total ? StatusPalette::done() : StatusPalette::inProgress());
    painter->drawRoundedRect(filled, 1.5, 1.5);
    painter->restore();
}
