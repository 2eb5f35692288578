#include "MinutesPerWeekChart.h"

#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/stats/ActivityStats.h"
#include "core/storage/Database.h"
#include "gui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

MinutesPerWeekChart::MinutesPerWeekChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    watch(&m_ws.problemModel());
}

void MinutesPerWeekChart::rebuild()
{
    QChart* c = resetChart(tr("DSA practice per week, last %n week(s)", "", Weeks));
    const QVector<ActivityStats::Week> weeks =
        ActivityStats(m_ws.database()).minutesPerWeek(QDate::currentDate(), Weeks);
    auto* set = new QBarSet(tr("Minutes practised"));
    set->setColor(ChartStyle::series(0));
    set->setBorderColor(ChartStyle::series(0));
    QStringList labels;
    int most = 0;
    const QLocale locale;
    for (const ActivityStats::Week& w : weeks) {
        labels << locale.toString(w.monday, QStringLiteral("d MMM"));
        set->append(w.minutes);
        most = std::max(most, w.minutes);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);
    c->legend()->setVisible(false);
    auto* axisWeeks = new QBarCategoryAxis;
    axisWeeks->append(labels);
    addAxis(axisWeeks, Qt::AlignBottom, tr("Week starting"));
    auto* minutes = new QValueAxis;
    ChartStyle::fitValueAxis(minutes, std::max(60, most));
    minutes->setLabelFormat(QStringLiteral("%d"));
    addAxis(minutes, Qt::AlignLeft, tr("Minutes"));
}
