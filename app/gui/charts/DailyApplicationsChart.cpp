#include "DailyApplicationsChart.h"

#include "ChartStyle.h"
#include "Workspace.h"
#include "jobs/ApplicationModel.h"
#include "stats/PipelineStats.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QChart>
#include <QLegend>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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
    const int goalMin = m_ws.settings().intValue(SettingsStore::DailyGoalMin, 15);
    const int goalMax = m_ws.settings().intValue(SettingsStore::DailyGoalMax, 20);
    QChart* c = resetChart(tr("Applications per day against the daily goal (%1–%2), last %n day(s)",
                              "", Days)
                               .arg(goalMin)
                               .arg(goalMax));
    const QDate today = QDate::currentDate();
    const QMap<QDate, int> days =
        PipelineStats(m_ws.database()).appliedPerDay(today.addDays(1 - Days), today);
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
        // Every label would crowd the axis; a date each week reads well at any size.
        labels << (i % 7 == 0 || it.key() == today ? locale.toString(it.key(), QStringLiteral("d MMM"))
                                                   : QString(i, QLatin1Char(' ')));
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
    addAxis(axisDays, Qt::AlignBottom, tr("Day"));
    auto* count = new QValueAxis;
    count->setRange(0, most + 2);
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%d"));
    addAxis(count, Qt::AlignLeft, tr("Applications per day"));
}
