#include "ApplicationFunnelChart.h"

#include "core/Workspace.h"
#include "core/jobs/Application.h"
#include "core/jobs/ApplicationModel.h"
#include "core/stats/PipelineStats.h"
#include "core/storage/Database.h"
#include "gui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

ApplicationFunnelChart::ApplicationFunnelChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    watch(&m_ws.applicationModel());
}

QString ApplicationFunnelChart::chartTitle() const
{
    return tr("Application funnel: applications that reached each stage");
}

void ApplicationFunnelChart::invalidateData()
{
    m_steps.reset();
    ++m_asked; // a count on its way may have missed this change
}

void ApplicationFunnelChart::rebuild()
{
    using Steps = QVector<PipelineStats::Step>;
    if (!m_steps && mayReadLater()) {
        // An answer is used only when nothing changed since it was asked for.
        const quint64 asked = ++m_asked;
        const bool started = m_read.start<Steps>(
            m_ws.database(), [](Database& db) { return PipelineStats(db).funnel(); },
            [this, asked](Steps steps) {
                if (asked != m_asked)
                    return;
                m_steps = std::move(steps);
                refreshWhenShown();
            });
        if (started) {
            // The first build draws the empty frame; later ones keep the bars
            // until the new counts arrive.
            if (revision() == 0)
                resetChart(chartTitle());
            return;
        }
    }
    if (!m_steps) {
        ++m_asked; // an answer still on its way is older than this one
        m_steps = PipelineStats(m_ws.database()).funnel();
    }
    draw(*m_steps);
}

void ApplicationFunnelChart::draw(const QVector<PipelineStats::Step>& steps)
{
    const QString title = chartTitle();
    if (steps.isEmpty() || steps.first().reached == 0) {
        showEmpty(title, tr("No applications sent yet. Add one in the Applications tab "
                            "(Ctrl+N) and the funnel fills in."));
        return;
    }
    QChart* c = resetChart(title);
    auto* set = new QBarSet(tr("Applications"));
    set->setColor(ChartStyle::series(0));
    set->setBorderColor(ChartStyle::series(0));
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList stages;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * CompactLabelScale);
    const QFontMetrics compactName(small);
    // Bottom-up axis: walk backwards so "Applied" is on top. Each later stage
    // says what share of the stage before it got there.
    for (int i = int(steps.size()) - 1; i >= 0; --i) {
        const QString name = Application::stageName(steps[i].stage);
        const int before = i > 0 ? steps[i - 1].reached : 0;
        // Beside the board there is room for the names only, cut in the
        // middle by us rather than to "…" by Qt Charts; the shares and the
        // full names are in the full chart and the tooltip.
        stages << (isCompact()
                       ? plain(compactName.elidedText(name, Qt::ElideMiddle, width() * 2 / 5))
                       : plain(i > 0 && before > 0
                                   ? tr("%1 · %2%")
                                         .arg(name)
                                         .arg(qRound(100.0 * steps[i].reached / before))
                                   : name));
        set->append(steps[i].reached);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(series);
    c->legend()->setVisible(false);
    auto* axisStages = new QBarCategoryAxis;
    axisStages->append(stages);
    addAxis(axisStages, Qt::AlignLeft, QString());
    auto* count = new QValueAxis;
    // Room past the longest bar for its label, ending at a round number.
    ChartStyle::fitValueAxis(count, std::max(5.0, steps.first().reached * 1.1));
    addAxis(count, Qt::AlignBottom, tr("Applications"));
}
