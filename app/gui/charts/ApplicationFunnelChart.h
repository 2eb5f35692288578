#pragma once

#include "core/stats/PipelineStats.h"
#include "core/storage/BackgroundRead.h"
#include "gui/charts/ChartViewPanel.h"

#include <optional>

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
    void invalidateData() override;

private:
    QString chartTitle() const;
    void draw(const QVector<PipelineStats::Step>& steps);

    Workspace& m_ws;
    // Counting every stage event takes ~40 ms at 20,000 applications: on
    // screen it is read in the background, and kept for resizes and restyles.
    BackgroundRead m_read;
    std::optional<QVector<PipelineStats::Step>> m_steps;
    // Bumped by every read asked for and every change, so an answer that
    // arrives after either is dropped.
    quint64 m_asked = 0;
};
