#pragma once

#include <QStyledItemDelegate>

class ApplicationModel;

// Paints one application as a card on the board: company, role, days in the
// stage and the follow-up that is due. Every card has the same height, so the
// column's list view can lay out 20,000 of them without measuring each.
class ApplicationCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ApplicationCardDelegate(const ApplicationModel& model, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The card's third line: the follow-up that is due, if any.
    QString statusLine(const QModelIndex& index) const;
    static QString daysInStage(const QModelIndex& index);
    // Days in the stage, then the follow-up: the line under company and role.
    QString thirdLine(const QModelIndex& index) const;

private:
    const ApplicationModel& m_model;
};
