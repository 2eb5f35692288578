#include "DsaTopicChart.h"

#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "gui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

DsaTopicChart::DsaTopicChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    // Topic counts move when problems are logged or topics change.
    watch(&m_ws.topicModel());
    watch(&m_ws.problemModel());
    connect(&m_ws.topics(), &TopicStore::changed, this, &ChartPanel::scheduleRefresh);
}

void DsaTopicChart::rebuild()
{
    const QString title = tr("DSA problems solved by topic against targets");
    QVector<TopicStore::Topic> topics;
    for (const TopicStore::Topic& t : m_ws.topics().loadAll()) {
        if (t.target > 0 || t.solved > 0)
            topics.append(t);
    }
    if (topics.isEmpty()) {
        reserveRows(0, 0);
        showEmpty(title, tr("No topics with targets or solved problems yet. Log a problem in "
                            "the DSA tab, or import a plan with topic targets."));
        return;
    }
    QChart* c = resetChart(title);
    auto* series = new QHorizontalBarSeries;
    auto* solved = new QBarSet(tr("Solved"));
    solved->setColor(ChartStyle::series(1));
    solved->setBorderColor(ChartStyle::series(1));
    auto* target = new QBarSet(tr("Target"));
    target->setColor(ChartStyle::series(7));
    target->setBorderColor(ChartStyle::series(7));
    QStringList names;
    int most = 0;
    for (auto it = topics.crbegin(); it != topics.crend(); ++it) {
        names << plain(it->name);
        solved->append(it->solved);
        target->append(it->target);
        most = std::max({most, it->solved, it->target});
    }
    series->append(solved);
    series->append(target);
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto* axisTopics = new QBarCategoryAxis;
    axisTopics->append(names);
    addAxis(axisTopics, Qt::AlignLeft, QString());
    reserveRows(int(names.size()), 2);
    axisTopics->setLabelsFont(stackedLabelFont(int(names.size())));
    auto* count = new QValueAxis;
    ChartStyle::fitValueAxis(count, std::max(5, most));
    count->setLabelFormat(QStringLiteral("%d"));
    addAxis(count, Qt::AlignBottom, tr("Problems"));
}
