#pragma once

#include "gui/charts/ChartViewPanel.h"

class Workspace;

// How many applications reached each stage of the pipeline.
class ApplicationFunnelChart : public ChartViewPanel
{
    Q_OBJECT
public:
    static inline const QString Name = QStringLiteral("application-funnel");
    explicit ApplicationFunnelChart(Workspace& workspace, QWidget* parent = nullptr);

protected:
    void rebuild() override;

private:
    Workspace& m_ws;
};
