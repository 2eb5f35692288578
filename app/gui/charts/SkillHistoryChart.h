#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// Every skill's level over time, from the dated level history, as steps: a
// level holds until the day it changed.
class SkillHistoryChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("skills-history");
    explicit SkillHistoryChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
