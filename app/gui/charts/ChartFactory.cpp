#include "ChartFactory.h"

#include "gui/charts/ActivityHeatmap.h"
#include "gui/charts/ApplicationFunnelChart.h"
#include "gui/charts/DailyApplicationsChart.h"
#include "gui/charts/DsaTopicChart.h"
#include "gui/charts/MinutesPerWeekChart.h"
#include "gui/charts/SkillHistoryChart.h"
#include "gui/charts/SkillRadarChart.h"
#include "gui/charts/SkillTargetsChart.h"

#include <QCoreApplication>

QVector<ChartFactory::Info> ChartFactory::charts()
{
    return {
        {SkillTargetsChart::Name, tr("Skills: now against milestone targets")},
        {SkillRadarChart::Name, tr("Skills: radar by category")},
        {SkillHistoryChart::Name, tr("Skills: level history")},
        {DsaTopicChart::Name, tr("DSA: solved by topic against targets")},
        {ActivityHeatmap::Name, tr("DSA: practice heatmap (year)")},
        {MinutesPerWeekChart::Name, tr("DSA: minutes per week")},
        {ApplicationFunnelChart::Name, tr("Applications: funnel")},
        {DailyApplicationsChart::Name, tr("Applications: daily goal")},
    };
}

QStringList ChartFactory::names()
{
    QStringList n;
    for (const Info& i : charts())
        n << i.name;
    return n;
}

ChartPanel* ChartFactory::create(const QString& name, Workspace& ws, QWidget* parent)
{
    if (name == SkillTargetsChart::Name)
        return new SkillTargetsChart(ws, parent);
    if (name == SkillRadarChart::Name)
        return new SkillRadarChart(ws, parent);
    if (name == SkillHistoryChart::Name)
        return new SkillHistoryChart(ws, parent);
    if (name == DsaTopicChart::Name)
        return new DsaTopicChart(ws, parent);
    if (name == ActivityHeatmap::Name)
        return new ActivityHeatmap(ws, parent);
    if (name == MinutesPerWeekChart::Name)
        return new MinutesPerWeekChart(ws, parent);
    if (name == ApplicationFunnelChart::Name)
        return new ApplicationFunnelChart(ws, parent);
    if (name == DailyApplicationsChart::Name)
        return new DailyApplicationsChart(ws, parent);
    return nullptr;
}
