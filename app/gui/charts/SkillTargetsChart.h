#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// "How far am I from month 6 and year 2?": each skill's level now beside its
// target at every milestone, on the plan's 14-cell scale.
class SkillTargetsChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("skills-targets");
    explicit SkillTargetsChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
