#pragma once

#include "gui/charts/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
QT_END_NAMESPACE

// A ChartPanel drawn with Qt Charts. Subclasses fill the chart in rebuild()
// after resetChart(); when there is nothing to draw they call showEmpty() with
// a sentence that says what to do.
class ChartViewPanel : public ChartPanel
{
    Q_OBJECT
public:
    // Takes ownership of `chart` (a QPolarChart for a radar); a plain QChart when null.
    explicit ChartViewPanel(const QString& name, QChart* chart = nullptr,
                            QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    bool isShowingEmptyState() const;
    // Compact: a small chart beside other widgets, such as the Applications
    // tab's side panel. No title, legend or axis titles (the heading beside it
    // says what it shows), thin margins; the full chart is in the Skills tab
    // and in exports.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // Tall enough for the rows it draws (see reserveRows); a scroll area around
    // the panel scrolls rather than squeeze the names.
    QSize minimumSizeHint() const override;

protected:
    // Clears series and axes and restyles the chart from the palette.
    QChart* resetChart(const QString& title);
    void showEmpty(const QString& title, const QString& message);
    // Styles the axis, attaches it and every series of the chart to it.
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QString& title);
    // The font for `count` category labels stacked along the left axis: the
    // application font, made smaller when the rows are too short for it, as
    // Qt Charts would otherwise cut every name down to "…".
    QFont stackedLabelFont(int count) const;
    // Asks for room for `count` category rows of `barsPerRow` bars each: every
    // name on its own line at the application font, every bar at least
    // MinBarPx thick.
    void reserveRows(int count, int barsPerRow);
    static constexpr int MinBarPx = 4;
    // Axis labels of a compact chart, against the application font.
    static constexpr double CompactLabelScale = 0.85;
    void resizeEvent(QResizeEvent* event) override;
    // User text (skill and topic names) for labels Qt Charts shows as rich text.
    static QString plain(const QString& text) { return text.toHtmlEscaped(); }

private:
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    int m_rowsHeight = 0;
    bool m_compact = false;
};
