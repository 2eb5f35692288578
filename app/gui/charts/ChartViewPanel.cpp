#include "ChartViewPanel.h"

#include "gui/charts/ChartStyle.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QStackedLayout>
#include <algorithm>

ChartViewPanel::ChartViewPanel(const QString& name, QChart* chart, QWidget* parent)
    : ChartPanel(name, parent)
    , m_chart(chart ? chart : new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu offers Export…
    m_chart->setMargins(QMargins(8, 8, 8, 8));
    m_empty->setObjectName(name + QStringLiteral("EmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAutoFillBackground(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
}

void ChartViewPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_chart->setMargins(compact ? QMargins(2, 2, 2, 2) : QMargins(8, 8, 8, 8));
    scheduleRefresh();
}

bool ChartViewPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QChart* ChartViewPanel::resetChart(const QString& title)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(m_chart, palette(), font(), m_compact ? QString() : title);
    if (m_compact) {
        m_chart->setMargins(QMargins(2, 2, 2, 2));
        m_chart->legend()->setVisible(false);
    }
    m_view->setAccessibleName(title);
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
    m_stack->setCurrentWidget(m_view);
    return m_chart;
}

void ChartViewPanel::showEmpty(const QString& title, const QString& message)
{
    resetChart(title);
    // Title first, so an exported empty chart still says what it is.
    m_empty->setText(m_compact ? message.toHtmlEscaped()
                               : QStringLiteral("<b>%1</b><br><br>%2")
                                     .arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    m_empty->setAccessibleName(message);
    m_stack->setCurrentWidget(m_empty);
}

void ChartViewPanel::addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QString& title)
{
    ChartStyle::apply(axis, palette(), font(), m_compact ? QString() : title);
    if (m_compact) {
        // In a small chart Qt Charts cuts every label to "…" before the plot
        // runs out of room: smaller labels, never truncated.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * CompactLabelScale);
        axis->setLabelsFont(small);
        axis->setTruncateLabels(false);
    }
    m_chart->addAxis(axis, alignment);
    for (QAbstractSeries* series : m_chart->series())
        series->attachAxis(axis);
}

QFont ChartViewPanel::stackedLabelFont(int count) const
{
    QFont f = font();
    if (count <= 0)
        return f;
    // Title, legend and the value axis take roughly this many text lines; a
    // label needs its line plus the text item's margins (about 8 px).
    const QFontMetricsF fm(f);
    const double plotHeight = height() - 9 * fm.height();
    const double perRow = plotHeight / count;
    const double needed = fm.height() + 8;
    if (perRow < needed && f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * (perRow - 8) / fm.height()));
    return f;
}

void ChartViewPanel::reserveRows(int count, int barsPerRow)
{
    const QFontMetrics fm(font());
    // Title, legend and the value axis take about nine text lines (as above).
    const int perRow = std::max(fm.height() + 8, barsPerRow * MinBarPx * 5 / 4);
    const int height = count > 0 ? 9 * fm.height() + count * perRow : 0;
    if (height != m_rowsHeight) {
        m_rowsHeight = height;
        updateGeometry();
    }
}

QSize ChartViewPanel::minimumSizeHint() const
{
    const QSize base = ChartPanel::minimumSizeHint();
    return {base.width(), std::max(base.height(), m_rowsHeight)};
}

void ChartViewPanel::resizeEvent(QResizeEvent* event)
{
    // Label sizes depend on the height (see stackedLabelFont), so rebuild.
    scheduleRefresh();
    ChartPanel::resizeEvent(event);
}
