#pragma once

#include <QColor>
#include <QImage>
#include <QSet>

// Measures a rendered chart: is it blank, how many colours, is an axis drawn.
namespace ChartImage {

inline int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Share of pixels that differ from the top-left (background) pixel.
inline double inkShare(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return double(ink) / double(image.width() * image.height());
}

// True when an unbroken run of pixels that stand out from the background spans
// at least `fraction` of the width (an axis line); same for a vertical run.
// Grid lines and ticks cross an axis, so the run may change colour.
inline bool hasLine(const QImage& image, Qt::Orientation orientation, double fraction)
{
    const int outer = orientation == Qt::Horizontal ? image.height() : image.width();
    const int inner = orientation == Qt::Horizontal ? image.width() : image.height();
    const QRgb background = image.pixel(0, 0);
    for (int o = 0; o < outer; ++o) {
        int run = 0;
        int best = 0;
        for (int i = 0; i < inner; ++i) {
            const QRgb c = orientation == Qt::Horizontal ? image.pixel(i, o) : image.pixel(o, i);
            run = std::abs(qGray(c) - qGray(background)) > 80 ? run + 1 : 0;
            best = std::max(best, run);
        }
        if (best >= inner * fraction)
            return true;
    }
    return false;
}

} // namespace ChartImage
