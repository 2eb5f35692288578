#include "TimelineStrip.h"

#include "gui/common/StatusPalette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace {
constexpr qreal rowGap = 4;
constexpr qreal cornerRadius = 3;

QString shortTitle(const QString& title)
{
    // "Month 2: Docker + Cloud" -> "Month 2"; the full title is in the tooltip.
    const qsizetype colon = title.indexOf(u':');
    return colon > 0 ? title.left(colon) : title;
}

QString compactTitle(const QString& title)
{
    // "Month 2" -> "M2", "Week 3-4" -> "W3-4": for bars too narrow for words.
    const QString shortened = shortTitle(title);
    const qsizetype space = shortened.indexOf(u' ');
    if (space <= 0)
        return shortened.left(1);
    return shortened.left(1) + shortened.mid(space + 1).remove(u' ');
}
} // namespace

TimelineStrip::TimelineStrip(RoadmapModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("timelineStrip"));
    setAccessibleName(tr("Plan on a calendar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&m_model, &RoadmapModel::planChanged, this, &TimelineStrip::refresh);
    refresh();
}

void TimelineStrip::setToday(const QDate& today)
{
    m_today = today;
    update();
}

QSize TimelineStrip::sizeHint() const
{
    const int line = fontMetrics().height();
    return {800, line * 5 + 24};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void TimelineStrip::refresh()
{
    m_phases = m_model.spans({RoadmapNode::Kind::Phase});
    m_periods = m_model.spans({RoadmapNode::Kind::Month, RoadmapNode::Kind::Year});
    m_weeks = m_model.spans({RoadmapNode::Kind::Week});
    m_first = QDate();
    m_last = QDate();
    for (const auto* list : {&m_phases, &m_periods, &m_weeks}) {
        for (const RoadmapModel::Span& s : *list) {
            m_first = m_first.isValid() ? std::min(m_first, s.start) : s.start;
            m_last = m_last.isValid() ? std::max(m_last, s.due) : s.due;
        }
    }
    setVisible(m_first.isValid());
    update();
}

QVector<TimelineStrip::Bar> TimelineStrip::layout(const QRectF& area) const
{
    QVector<Bar> bars;
    if (!m_first.isValid())
        return bars;
    const qreal days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    const qreal rowHeight = (area.height() - 3 * rowGap) / 4.0; // three rows and the axis
    auto place = [&](const QVector<RoadmapModel::Span>& spans, int row) {
        for (const RoadmapModel::Span& s : spans) {
            const qreal x0 = area.left() + area.width() * m_first.daysTo(s.start) / days;
            const qreal x1 = area.left() + area.width() * (m_first.daysTo(s.due) + 1) / days;
            bars.append({QRectF(x0, area.top() + row * (rowHeight + rowGap),
                                std::max(2.0, x1 - x0 - 1), rowHeight),
                         s});
        }
    };
    place(m_phases, 0);
    place(m_periods, 1);
    place(m_weeks, 2);
    return bars;
}

void TimelineStrip::paint(QPainter& painter, const QRectF& area) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QVector<Bar> bars = layout(area);
    const QColor track = pal.color(QPalette::Mid);
    const QFontMetrics labelFont = painter.fontMetrics();
    for (const Bar& bar : bars) {
        const RoadmapModel::Span& s = bar.span;
        QPainterPath shape;
        shape.addRoundedRect(bar.rect, cornerRadius, cornerRadius);
        const bool allDone = s.items > 0 && s.done >= s.items;
        if (allDone) {
            // The done colour covers the whole bar: no track under it.
            painter.fillPath(shape, StatusPalette::done());
        } else {
            QColor base = track;
            base.setAlpha(s.kind == RoadmapNode::Kind::Phase ? 50 : 80);
            painter.fillPath(shape, base);
        }
        if (!allDone && s.items > 0 && s.done > 0) {
            QRectF filled = bar.rect;
            filled.setWidth(bar.rect.width() * s.done / s.items);
            const QColor fill = StatusPalette::inProgress();
            if (bar.rect.width() <= 2 * cornerRadius + 2) {
                // A bar this narrow is mostly its rounded ends: the shape
                // filled inside a rectangle clip, which is cheap, where a
                // clip to the shape cost as much as the rest of the bar for
                // most bars of a long plan.
                painter.save();
                painter.setClipRect(filled, Qt::IntersectClip);
                painter.fillPath(shape, fill);
                painter.restore();
            } else {
                painter.save();
                painter.setClipPath(shape);
                painter.fillRect(filled, fill);
                painter.restore();
            }
        }
        if (s.overdue) {
            painter.setPen(QPen(StatusPalette::overdue(), 2));
            painter.drawPath(shape);
        }
        const QRectF textRect = bar.rect.adjusted(3, 0, -3, 0);
        const QString shown = fittingLabel(s.title, textRect.width(), labelFont);
        if (!shown.isEmpty()) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
        }
    }

    // Today, with its tag on the axis; month labels make room for it.
    const qreal days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    const qreal axisTop = area.bottom() - (area.height() - 3 * rowGap) / 4.0;
    const QFontMetrics fm = painter.fontMetrics();
    QRectF todayTag;
    if (m_today >= m_first && m_today <= m_last) {
        const qreal x = area.left() + area.width() * (m_first.daysTo(m_today) + 0.5) / days;
        painter.setPen(QPen(StatusPalette::overdue(), 2));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, axisTop));
        const QString today = tr("Today");
        const qreal w = fm.horizontalAdvance(today) + 8;
        todayTag = QRectF(std::clamp(x - w / 2, area.left(), area.right() - w), axisTop, w,
                          area.bottom() - axisTop);
        painter.drawText(todayTag, Qt::AlignCenter, today);
    }

    // Month ticks along the bottom, as many as fit without touching.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const qreal monthWidth = area.width() * 30.4 / days;
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("Sep 2026")) + 10;
    int step = 1;
    for (int candidate : {1, 2, 3, 6, 12}) {
        step = candidate;
        if (monthWidth * candidate >= labelWidth)
            break;
    }
    const QDate firstMonth(m_first.year(), m_first.month(), 1);
    for (QDate d = firstMonth; d <= m_last; d = d.addMonths(step)) {
        const qreal x = area.left() + area.width() * std::max<qint64>(0, m_first.daysTo(d)) / days;
        painter.drawLine(QPointF(x, axisTop), QPointF(x, axisTop + 4));
        const QString label =
            QLocale().toString(d, d.month() == 1 || d == firstMonth ? QStringLiteral("MMM yyyy")
                                                                    : QStringLiteral("MMM"));
        const QRectF labelRect(x + 2, axisTop, fm.horizontalAdvance(label) + 2,
                               area.bottom() - axisTop);
        if (!todayTag.intersects(labelRect))
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

QString TimelineStrip::fittingLabel(const QString& title, qreal width, const QFontMetrics& fm)
{
    // Most bars of a long plan are a few pixels wide, narrower than their
    // margins: measuring three titles for each of them was most of a paint.
    if (width < 1)
        return {};
    for (const QString& label : {title, shortTitle(title), compactTitle(title)}) {
        if (fm.horizontalAdvance(label) <= width)
            return label;
    }
    return {};
}

void TimelineStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
}

QImage TimelineStrip::render(const QSize& size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setFont(font());
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(8, 8, -8, -8));
    return image;
}

void TimelineStrip::mousePressEvent(QMouseEvent* event)
{
    const QVector<Bar> bars = layout(QRectF(rect()).adjusted(4, 4, -4, -4));
    for (const Bar& bar : bars) {
        if (bar.rect.contains(event->position())) {
            emit nodeActivated(bar.span.id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool TimelineStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QVector<Bar> bars = layout(QRectF(rect()).adjusted(4, 4, -4, -4));
        for (const Bar& bar : bars) {
            if (!bar.rect.contains(help->pos()))
                continue;
            const RoadmapModel::Span& s = bar.span;
            QString text = tr("%1\n%2 – %3")
                               .arg(s.title, QLocale().toString(s.start, QLocale::ShortFormat),
                                    QLocale().toString(s.due, QLocale::ShortFormat));
            if (s.items > 0)
                text += u'\n' + tr("%1 of %2 done").arg(s.done).arg(s.items);
            if (s.overdue)
                text += u'\n' + tr("Overdue");
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
