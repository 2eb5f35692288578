#pragma once

#include <QWidget>

class ActivityHeatmap;
class QLabel;
class QSpinBox;
class Workspace;

// The DSA numbers: the year's heatmap, then as text solved by difficulty,
// topics against targets, the streak, minutes per week and a year's activity. The charts in
// gui/charts draw the same numbers from DsaStats.
class DsaStatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DsaStatsPanel(Workspace& workspace, QWidget* parent = nullptr);

    QString text() const;

public slots:
    void refresh();

private:
    Workspace& m_ws;
    QLabel* m_text;
    QSpinBox* m_minimum;
    ActivityHeatmap* m_heatmap;
};
