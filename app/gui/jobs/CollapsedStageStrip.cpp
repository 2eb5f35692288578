#include "CollapsedStageStrip.h"

#include <QPainter>
#include <QStyleOptionButton>

namespace {
constexpr int padding = 6;
}

CollapsedStageStrip::CollapsedStageStrip(QWidget* parent)
    : QAbstractButton(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    // Bold like the column headers it stands in for.
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

QSize CollapsedStageStrip::sizeHint() const
{
    // Turned on its side, the text's height is the strip's width.
    return {fontMetrics().height() + 2 * padding,
            fontMetrics().horizontalAdvance(text()) + 2 * padding};
}

QSize CollapsedStageStrip::minimumSizeHint() const
{
    return {sizeHint().width(), fontMetrics().height() * 4};
}

void CollapsedStageStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    if (isDown())
        option.state |= QStyle::State_Sunken;
    style()->drawControl(QStyle::CE_PushButtonBevel, &option, &painter, this);
    painter.translate(0, height());
    painter.rotate(-90);
    painter.setPen(palette().color(QPalette::ButtonText));
    const QRect turned(padding, 0, height() - 2 * padding, width());
    painter.drawText(turned, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, turned.width()));
}
