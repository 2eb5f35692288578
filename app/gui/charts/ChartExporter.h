#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

class ChartPanel;
class QPainter;
class QPdfWriter;
class QRect;
class Workspace;

// Writes charts to files. A chart is rendered by the same panel class the
// window shows, laid out at the requested size off screen, so the file
// matches the window (fonts included); `scale` is the device pixel ratio, so
// 1920×1080 at scale 2 gives a sharp 3840×2160 image.
class ChartExporter
{
public:
    static constexpr int MinSide = 160;
    static constexpr int MaxSide = 10000;

    // "1920x1080" (or "1920×1080"); nullopt when malformed or out of range.
    static std::optional<QSize> parseSize(const QString& text);

    // Null image for an unknown chart name.
    static QImage render(Workspace& workspace, const QString& chartName, const QSize& size,
                         qreal scale = 1.0);
    static QImage render(ChartPanel* panel, const QSize& size, qreal scale = 1.0);
    static bool savePng(Workspace& workspace, const QString& chartName, const QString& path,
                        const QSize& size, qreal scale, QString* error);

    // One page with the main charts: PDF when the path ends in .pdf, else PNG.
    static QStringList reportCharts();
    static bool saveReport(Workspace& workspace, const QString& path, QString* error);
    // Any picture the product saves (a chart, the timeline strip, a screenshot):
    // PNG compressed for flat colours, written through AtomicFile.
    static bool writePng(const QImage& image, const QString& path, QString* error);

private:
    static void layOut(ChartPanel* panel, const QSize& size);
    // The title, the headline numbers as text, then the report's charts (on a
    // second page when writing a PDF).
    static void paintReport(Workspace& workspace, QPainter& painter, const QRect& page,
                            QPdfWriter* pdf);
    static QImage renderReport(Workspace& workspace, const QSize& size, qreal scale);
};
