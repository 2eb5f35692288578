#include "ProgressDelegate.h"

#include "gui/common/StatusPalette.h"

#include <QApplication>
#include <QPainter>

ProgressDelegate::ProgressDelegate(int doneRole, int totalRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_doneRole(doneRole)
    , m_totalRole(totalRole)
{}

namespace {
constexpr int barSpace = 6; // pixels below the text for the bar
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, barSpace);
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    // The cell's background over its whole height, the text centred above the
    // bar, and the bar in the space below the text.
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background(cell);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    cell.rect.setBottom(cell.rect.bottom() - barSpace + 2);
    cell.backgroundBrush = Qt::NoBrush;
    style->drawItemText(painter, cell.rect, int(cell.displayAlignment | Qt::AlignVCenter),
                        cell.palette, true, cell.text,
                        cell.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                            : QPalette::Text);
    const int total = index.data(m_totalRole).toInt();
    if (total <= 1 || index.data(Qt::DisplayRole).toString().isEmpty())
        return;
    const int done = index.data(m_doneRole).toInt();
    const QRect r = option.rect.adjusted(4, option.rect.height() - barSpace + 1, -4, -2);
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
