#include "ChartStyle.h"

#include "common/StatusPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

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
