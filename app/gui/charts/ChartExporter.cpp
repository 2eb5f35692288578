#include "ChartExporter.h"

#include "ChartFactory.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "Workspace.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <memory>

std::optional<QSize> ChartExporter::parseSize(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX\u00D7]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide ||
        size.height() > MaxSide)
        return std::nullopt;
    return size;
}

QImage ChartExporter::render(ChartPanel* panel, const QSize& size, qreal scale)
{
    // Lay the panel out exactly as a window of this size would, without
    // putting it on screen, then paint it into the image.
    const bool wasVisible = panel->isVisible();
    const QSize oldSize = panel->size();
    if (!wasVisible) {
        panel->setAttribute(Qt::WA_DontShowOnScreen);
        panel->show();
    }
    panel->resize(size);
    panel->refresh();
    // Let the chart's own layout settle (it is posted, not immediate), and
    // let Qt Charts delete the axis items of earlier builds (it uses
    // deleteLater), or they would be drawn under the new ones.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Opaque: the background is always painted, and a PNG without an alpha
    // channel is smaller and quicker to write.
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(panel->palette().color(QPalette::Window));
    panel->render(&image);
    if (wasVisible)
        panel->resize(oldSize);
    else
        panel->hide();
    return image;
}

QImage ChartExporter::render(Workspace& ws, const QString& chartName, const QSize& size,
                             qreal scale)
{
    std::unique_ptr<ChartPanel> panel(ChartFactory::create(chartName, ws));
    if (!panel)
        return {};
    return render(panel.get(), size, scale);
}

bool ChartExporter::savePng(Workspace& ws, const QString& chartName, const QString& path,
                            const QSize& size, qreal scale, QString* error)
{
    const QImage image = render(ws, chartName, size, scale);
    if (image.isNull()) {
        *error =
            QCoreApplication::translate("ChartExporter", "unknown chart '%1' (try --list-charts)")
                .arg(chartName);
        return false;
    }
    return writePng(image, path, error);
}

bool ChartExporter::writePng(const QImage& image, const QString& path, QString* error)
{
    QImageWriter writer(path, "png");
    // zlib's fastest levels: charts are flat colours that compress well
    // anyway, and the export should feel instant.
    writer.setQuality(90);
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("ChartExporter", "%1: could not write the image (%2)")
                     .arg(path, writer.errorString());
        return false;
    }
    return true;
}

QStringList ChartExporter::reportCharts()
{
    return {QStringLiteral("skills-targets"),     QStringLiteral("skills-radar"),
            QStringLiteral("dsa-topics"),         QStringLiteral("activity-heatmap"),
            QStringLiteral("application-funnel"), QStringLiteral("daily-applications")};
}

QImage ChartExporter::renderReport(Workspace& ws, const QSize& size, qreal scale)
{
    QImage page((QSizeF(size) * scale).toSize(), QImage::Format_RGB32);
    page.setDevicePixelRatio(scale);
    std::unique_ptr<ChartPanel> probe(ChartFactory::create(reportCharts().first(), ws));
    const QPalette palette = probe->palette();
    const QFont font = probe->font();
    page.fill(palette.color(QPalette::Window));
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    const int margin = size.width() / 40;
    const QFont heading = ChartStyle::titleFont(ChartStyle::titleFont(font));
    const QFontMetrics hm(heading);
    p.setPen(palette.color(QPalette::WindowText));
    p.setFont(heading);
    const QString plan = ws.settings().value(SettingsStore::PlanTitle);
    const QString title =
        QCoreApplication::translate("ChartExporter", "Progress report · %1 · %2")
            .arg(plan.isEmpty() ? QCoreApplication::translate("ChartExporter", "Roadmap") : plan,
                 QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    p.drawText(QRect(margin, margin, size.width() - 2 * margin, hm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               hm.elidedText(title, Qt::ElideRight, size.width() - 2 * margin));
    const QStringList names = reportCharts();
    const int columns = 2;
    const int rows = int((names.size() + columns - 1) / columns);
    const int top = margin + hm.height() + margin / 2;
    const int cellW = (size.width() - 2 * margin) / columns;
    const int cellH = (size.height() - top - margin) / rows;
    for (int i = 0; i < names.size(); ++i) {
        const QRect cell(margin + (i % columns) * cellW, top + (i / columns) * cellH, cellW, cellH);
        const QImage chart = render(ws, names[i], cell.size() - QSize(8, 8), scale);
        p.drawImage(QRectF(cell.adjusted(4, 4, -4, -4)), chart);
    }
    return page;
}

bool ChartExporter::saveReport(Workspace& ws, const QString& path, QString* error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(150);
        pdf.setTitle(QCoreApplication::translate("ChartExporter", "Progress report"));
        pdf.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QCoreApplication::translate("ChartExporter", "%1: could not write the PDF")
                         .arg(path);
            return false;
        }
        const QRect pageRect = painter.viewport();
        // Lay out at a screen-like size so fonts keep their proportions, then
        // scale the image onto the page at 2x for print sharpness.
        const QSize logical(2000, int(2000.0 * pageRect.height() / pageRect.width()));
        painter.drawImage(QRectF(pageRect), renderReport(ws, logical, 2.0));
        painter.end();
        return true;
    }
    // A4 landscape proportions, large enough that every axis label fits.
    const QImage page = renderReport(ws, QSize(2000, 1414), 1.0);
    return writePng(page, path, error);
}
