#include "SkillBarDelegate.h"

#include "common/StatusPalette.h"
#include "skills/Skill.h"
#include "skills/SkillModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int cellWidth = 9;
constexpr int cellGap = 2;
constexpr int barWidth = Skill::Cells * (cellWidth + cellGap);
} // namespace

QSize SkillBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(SkillModel::LevelRole).toInt() < 0)
        return base;
    return {barWidth + 16 + option.fontMetrics.horizontalAdvance(QStringLiteral("Intermediate")),
            std::max(base.height(), option.fontMetrics.height() + 8)};
}

void SkillBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant levelValue = index.data(SkillModel::LevelRole);
    if (!levelValue.isValid() || levelValue.toInt() < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int level = levelValue.toInt();
    const bool isTarget = index.column() >= SkillModel::FirstMilestoneColumn;
    const QColor fill = isTarget ? StatusPalette::done() : StatusPalette::inProgress();
    QColor empty = option.palette.color(QPalette::Mid);
    empty.setAlpha(70);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const int h = std::min(12, option.rect.height() - 8);
    const int top = option.rect.center().y() - h / 2;
    int x = option.rect.left() + 6;
    for (int cell = 0; cell < Skill::Cells; ++cell) {
        painter->setBrush(cell < level ? fill : empty);
        painter->drawRoundedRect(QRectF(x, top, cellWidth, h), 2, 2);
        x += cellWidth + cellGap;
    }
    const QString text = index.data(Qt::DisplayRole).toString().section(QStringLiteral("  "), 1);
    const QRect textRect(x + 6, option.rect.top(), option.rect.right() - x - 6, option.rect.height());
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}
