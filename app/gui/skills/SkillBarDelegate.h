#pragma once

#include <QStyledItemDelegate>

// Draws a skill level the way the plan writes it — a bar of 14 cells — in the
// status palette, with the level's name beside it.
class SkillBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
