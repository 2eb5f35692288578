#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// DSA log: problems solved per topic against the plan's target for it.
class DsaTopicChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("dsa-topics");
    explicit DsaTopicChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
