#pragma once

#include <QStyledItemDelegate>

// Draws a thin progress bar under the text of a cell, filled to the fraction
// given by two roles (done and total), in the status palette.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int doneRole, int totalRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_doneRole;
    int m_totalRole;
};
