#include "DailyApplicationsChart.h"

#include "core/Workspace.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/DailyGoal.h"
#include "core/stats/PipelineStats.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "gui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

DailyApplicationsChart::DailyApplicationsChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    watch(&m_ws.applicationModel());
    connect(&m_ws.settings(), &SettingsStore::changed, this, [this](const QString& key) {
        if (key == SettingsStore::DailyGoalMin || key == SettingsStore::DailyGoalMax)
            scheduleRefresh();
    });
}

void DailyApplicationsChart::rebuild()
{
    const int goalMin = DailyGoal::storedMinimum(m_ws.settings());
    const int goalMax = DailyGoal::storedMaximum(m_ws.settings());
    const int span = isCompact() ? CompactDays : Days;
    QChart* c = resetChart(
        tr("Applications per day against the daily goal (%1–%2), last %n day(s)", "", span)
            .arg(goalMin)
            .arg(goalMax));
    // The model's "today", which tests inject, like the rest of the tab.
    const QDate today = m_ws.applicationModel().today();
    const QMap<QDate, int> days =
        PipelineStats(m_ws.database()).appliedPerDay(today.addDays(1 - span), today);
    auto* sent = new QBarSet(tr("Applications sent"));
    sent->setColor(ChartStyle::series(0));
    sent->setBorderColor(ChartStyle::series(0));
    auto* low = new QLineSeries;
    low->setName(tr("Goal (minimum)"));
    auto* high = new QLineSeries;
    high->setName(tr("Goal (maximum)"));
    QStringList labels;
    const QLocale locale;
    int most = goalMax;
    int i = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it, ++i) {
        // Day numbers fit under narrow bars; the months are in the axis title.
        labels << locale.toString(it.key().day());
        sent->append(it.value());
        low->append(i, goalMin);
        high->append(i, goalMax);
        most = std::max(most, it.value());
    }
    auto* bars = new QBarSeries;
    bars->append(sent);
    bars->setBarWidth(0.7);
    c->addSeries(bars);
    QPen lowPen(ChartStyle::series(1));
    lowPen.setWidthF(2.0);
    lowPen.setStyle(Qt::DashLine);
    low->setPen(lowPen);
    QPen highPen(ChartStyle::series(1));
    highPen.setWidthF(2.0);
    high->setPen(highPen);
    c->addSeries(low);
    c->addSeries(high);
    auto* axisDays = new QBarCategoryAxis;
    axisDays->append(labels);
    const QDate firstDay = days.firstKey();
    const QString months =
        firstDay.month() == today.month()
            ? locale.toString(today, QStringLiteral("MMMM yyyy"))
            : tr("%1 – %2").arg(locale.toString(firstDay, QStringLiteral("MMMM")),
                                locale.toString(today, QStringLiteral("MMMM yyyy")));
    addAxis(axisDays, Qt::AlignBottom, tr("Day (%1)").arg(months));
    auto* count = new QValueAxis;
    ChartStyle::fitValueAxis(count, most + 1);
    count->setLabelFormat(QStringLiteral("%d"));
    addAxis(count, Qt::AlignLeft, tr("Applications per day"));
}
