#pragma once

#include "core/roadmap/RoadmapModel.h"

#include <QWidget>

class QFontMetrics;

// A Gantt-like strip of the plan on a calendar: phases, months and years,
// weeks; each bar filled by its progress, overdue ones marked, and a line for
// today. Clicking a bar selects that heading in the tree.
class TimelineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineStrip(RoadmapModel& model, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The strip drawn at any size, for File › Export Timeline Strip.
    QImage render(const QSize& size, qreal devicePixelRatio = 1.0) const;
    void setToday(const QDate& today);
    // The longest label of a bar's title that fits `width`: the whole title,
    // "Month 2", then "M2"; empty when none fits.
    static QString fittingLabel(const QString& title, qreal width, const QFontMetrics& fm);

signals:
    void nodeActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Bar
    {
        QRectF rect;
        RoadmapModel::Span span;
    };
    QVector<Bar> layout(const QRectF& area) const;
    void paint(QPainter& painter, const QRectF& area) const;
    void refresh();

    RoadmapModel& m_model;
    QVector<RoadmapModel::Span> m_phases;
    QVector<RoadmapModel::Span> m_periods;
    QVector<RoadmapModel::Span> m_weeks;
    QDate m_first;
    QDate m_last;
    QDate m_today;
};
