#pragma once

#include "gui/charts/ChartPanel.h"

#include <QDate>
#include <QMap>

class Workspace;

// A year of DSA practice, one square per day (weeks as columns, Monday on
// top), shaded by the number of attempts. Painted by hand: Qt Charts has no
// calendar heatmap.
class ActivityHeatmap : public ChartPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("activity-heatmap");
    explicit ActivityHeatmap(Workspace& workspace, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {720, 220}; }
    QSize minimumSizeHint() const override { return {360, 160}; }
    // The last day shown (today unless a test pins it).
    void setLastDay(const QDate& day);

protected:
    void rebuild() override;
    void paintEvent(QPaintEvent* event) override;

private:
    // Shade step 0..4 for a count: 0 for none, 1..4 spread evenly up to the busiest day.
    int shade(int count) const;

    Workspace& m_ws;
    QDate m_last;
    QMap<QDate, int> m_days;
    int m_max = 0;
    int m_total = 0;
};
