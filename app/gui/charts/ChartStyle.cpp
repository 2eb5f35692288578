#include "ChartStyle.h"

#include "gui/common/StatusPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>
#include <cmath>

namespace ChartStyle {

QColor series(int index)
{
    // Okabe–Ito, starting with the status colours so "now" is always the
    // in-progress blue and the first target the done green.
    static const QColor colours[] = {
        StatusPalette::inProgress(), StatusPalette::done(),    StatusPalette::warning(),
        StatusPalette::overdue(),    QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
        QColor(0xF0, 0xE4, 0x42),    QColor(0x99, 0x99, 0x99),
    };
    const int n = int(std::size(colours));
    return colours[((index % n) + n) % n];
}

QFont titleFont(const QFont& base)
{
    QFont f(base);
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.25 : 12);
    return f;
}

void apply(QChart* chart, const QPalette& palette, const QFont& font, const QString& title)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(title);
    chart->setTitleFont(titleFont(font));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    QLegend* legend = chart->legend();
    legend->setFont(font);
    legend->setLabelColor(palette.color(QPalette::WindowText));
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    legend->setAlignment(Qt::AlignBottom);
}

void apply(QAbstractAxis* axis, const QPalette& palette, const QFont& font, const QString& title)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(40);
    axis->setLabelsFont(font);
    axis->setLabelsColor(text);
    axis->setTitleText(title);
    QFont titleFont(font);
    titleFont.setBold(true);
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(text);
    axis->setLinePenColor(text);
    axis->setGridLineColor(grid);
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}

} // namespace ChartStyle

void ChartStyle::fitValueAxis(QValueAxis* axis, double most)
{
    // The tick step is 1, 2, 2.5 or 5 times a power of ten, chosen so that
    // four to eight steps reach just past the data.
    const double top = std::max(1.0, most);
    double step = std::pow(10.0, std::floor(std::log10(top)));
    for (double factor : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0}) {
        const double candidate = std::pow(10.0, std::floor(std::log10(top))) * factor;
        if (std::ceil(top / candidate) <= 8) {
            step = candidate;
            break;
        }
    }
    if (step < 1)
        step = 1; // counts: whole numbers only
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::lround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}
