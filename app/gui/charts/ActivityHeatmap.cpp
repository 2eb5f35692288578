#include "ActivityHeatmap.h"

#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/stats/ActivityStats.h"
#include "core/storage/Database.h"
#include "gui/charts/ChartStyle.h"
#include "gui/common/StatusPalette.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace {
constexpr int weeksShown = 53;
}

ActivityHeatmap::ActivityHeatmap(Workspace& workspace, QWidget* parent)
    : ChartPanel(Name, parent)
    , m_ws(workspace)
    , m_last(QDate::currentDate())
{
    watch(&m_ws.problemModel());
    setAccessibleName(tr("DSA practice per day over the last year"));
}

void ActivityHeatmap::setLastDay(const QDate& day)
{
    m_last = day;
    refresh();
}

void ActivityHeatmap::rebuild()
{
    const QDate first = ActivityStats::mondayOf(m_last).addDays(-7 * (weeksShown - 1));
    m_days = ActivityStats(m_ws.database()).attemptsPerDay(first, m_last);
    m_total = 0;
    m_max = 0;
    for (int c : std::as_const(m_days)) {
        m_total += c;
        m_max = std::max(m_max, c);
    }
    update();
}

int ActivityHeatmap::shade(int count) const
{
    if (count <= 0)
        return 0;
    if (m_max <= 1)
        return 4;
    return 1 + (3 * (count - 1)) / (m_max - 1);
}

void ActivityHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    const QColor text = pal.color(QPalette::WindowText);
    QColor empty = text;
    empty.setAlpha(28);
    const QColor fill = StatusPalette::inProgress();
    auto shadeColour = [&](int s) {
        if (s == 0)
            return empty;
        QColor c = fill;
        c.setAlphaF(0.25 + 0.25 * (s - 1)); // flat steps, not a gradient
        return c;
    };

    const QFont titleFont = ChartStyle::titleFont(font());
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics fm(font());
    const int margin = 12;
    const QLocale locale;
    int labelWidth = 0;
    for (int d = 1; d <= 7; d += 2)
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    // Title, month labels, 7 rows of cells and the legend, as one block.
    const int aboveGrid = titleMetrics.height() + 8 + fm.height();
    const int legendHeight = fm.height() + 12;
    const int left = margin + labelWidth + 6;
    const int availableW = width() - left - margin;
    const int availableH = height() - 2 * margin - aboveGrid - legendHeight;
    const int cell = std::max(4, std::min(availableW / weeksShown, availableH / 7));
    const int gap = std::max(1, cell / 6);
    const int gridW = cell * weeksShown;
    const int x0 = left + std::max(0, (availableW - gridW) / 2);
    // A wide grid leaves height over: centre the block rather than leave a gap.
    const int blockTop = margin + std::max(0, (availableH - 7 * cell) / 2);
    const int top = blockTop + aboveGrid;

    p.setPen(text);
    p.setFont(titleFont);
    const QString title = tr("DSA practice per day, last 12 months (attempts)");
    const QRect titleRect(margin, blockTop, width() - 2 * margin, titleMetrics.height());
    p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter, title);
    p.setFont(font());

    const QDate first = ActivityStats::mondayOf(m_last).addDays(-7 * (weeksShown - 1));
    // Weekday labels: Mon, Wed, Fri, Sun.
    for (int d = 1; d <= 7; d += 2) {
        const QRect r(margin, top + (d - 1) * cell, x0 - margin - 6, cell);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(d, QLocale::ShortFormat));
    }
    int lastMonthLabelRight = -1;
    for (int w = 0; w < weeksShown; ++w) {
        const QDate monday = first.addDays(7 * w);
        // A month label above the first week that starts in that month.
        if (monday.day() <= 7) {
            const QString month = locale.monthName(monday.month(), QLocale::ShortFormat);
            const int x = x0 + w * cell;
            if (x > lastMonthLabelRight) {
                p.setPen(text);
                p.drawText(QPoint(x, top - 4), month);
                lastMonthLabelRight = x + fm.horizontalAdvance(month) + 4;
            }
        }
        for (int d = 0; d < 7; ++d) {
            const QDate day = monday.addDays(d);
            if (day > m_last)
                break;
            p.setPen(Qt::NoPen);
            p.setBrush(shadeColour(shade(m_days.value(day))));
            p.drawRoundedRect(QRectF(x0 + w * cell, top + d * cell, cell - gap, cell - gap), 2, 2);
        }
    }
    // Legend: total on the left, the shade scale on the right.
    const int legendTop = top + 7 * cell + 8;
    p.setPen(text);
    p.drawText(QRect(x0, legendTop, gridW / 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%n attempt(s) in the last 12 months", "", m_total));
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = x0 + gridW - fm.horizontalAdvance(more) - 5 * cell - fm.horizontalAdvance(less) - 8;
    p.drawText(QRect(x, legendTop, fm.horizontalAdvance(less), fm.height()), Qt::AlignVCenter,
               less);
    x += fm.horizontalAdvance(less) + 4;
    for (int s = 0; s <= 4; ++s) {
        p.setPen(Qt::NoPen);
        p.setBrush(shadeColour(s));
        p.drawRoundedRect(QRectF(x, legendTop + (fm.height() - cell) / 2.0, cell - gap, cell - gap),
                          2, 2);
        x += cell;
    }
    p.setPen(text);
    p.drawText(QRect(x + 4, legendTop, fm.horizontalAdvance(more) + 2, fm.height()),
               Qt::AlignVCenter, more);
}
