#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// Applications sent per day over the last weeks against the plan's daily goal
// ("15-20 jobs daily"), drawn as a band between the goal's two lines.
class DailyApplicationsChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("daily-applications");
    static constexpr int Days = 21;
    // The week a compact chart shows beside the board.
    static constexpr int CompactDays = 7;
    explicit DailyApplicationsChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
