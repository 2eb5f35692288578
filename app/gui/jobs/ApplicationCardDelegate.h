#pragma once

#include <QStyledItemDelegate>

class ApplicationModel;

// Paints one application as a card on the board: company, the role on up to
// two lines, days in the stage and a badge when a follow-up is due. Every card
// has the same height, so the column's list view can lay out 20,000 of them
// without measuring each.
class ApplicationCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ApplicationCardDelegate(const ApplicationModel& model, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // The follow-up that is due or coming, if any ("Follow up today").
    QString statusLine(const QModelIndex& index) const;
    static QString daysInStage(const QModelIndex& index);
    // Days in the stage, then a follow-up still to come: the card's last line.
    QString thirdLine(const QModelIndex& index) const;
    // The badge's text when a follow-up is due today or overdue, else empty.
    QString badgeText(const QModelIndex& index) const;
    // `text` wrapped at `width` into at most two lines, the second elided;
    // `elided` tells whether anything was cut.
    static QStringList twoLines(const QString& text, const QFont& font, int width,
                                bool* elided = nullptr);
    // The width a card's text gets in a column `cardWidth` wide.
    static int textWidth(int cardWidth);

private:
    const ApplicationModel& m_model;
};
