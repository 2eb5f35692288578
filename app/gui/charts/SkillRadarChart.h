#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// The average level per skill category, now and at each milestone, as a
// radar (a polar chart), so lopsided growth shows at a glance.
class SkillRadarChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("skills-radar");
    explicit SkillRadarChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
