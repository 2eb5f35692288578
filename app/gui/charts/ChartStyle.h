#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

// One look for every chart: the status palette's Okabe–Ito colours, the
// application font, the window's light or dark palette, flat fills (no
// gradients, no shadows, no animation), so a chart looks the same in the
// window and in an exported file.
namespace ChartStyle {
// Series colours in order; the first four are StatusPalette's.
QColor series(int index);
QFont titleFont(const QFont& base);
// Resets the chart's theme to the palette and strips decoration.
void apply(QChart* chart, const QPalette& palette, const QFont& font, const QString& title);
// A value axis from 0 to a round number just past `most` (230 gives 250, not
// applyNiceNumbers' 300), with ticks at a round step.
void fitValueAxis(QValueAxis* axis, double most);
// Colours, font and unit title of an axis.
void apply(QAbstractAxis* axis, const QPalette& palette, const QFont& font, const QString& title);
} // namespace ChartStyle
