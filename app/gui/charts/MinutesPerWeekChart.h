#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// Minutes of DSA practice per week over the last twelve weeks.
class MinutesPerWeekChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("minutes-per-week");
    static constexpr int Weeks = 12;
    explicit MinutesPerWeekChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
