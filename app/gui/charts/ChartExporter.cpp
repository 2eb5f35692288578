#include "ChartExporter.h"

#include "core/ReportHeadlines.h"
#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/storage/SettingsStore.h"
#include "gui/charts/ChartFactory.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/ChartStyle.h"

#include <QBuffer>
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

void ChartExporter::layOut(ChartPanel* panel, const QSize& size)
{
    // Lay the panel out exactly as a window of this size would, without
    // putting it on screen.
    if (!panel->isVisible()) {
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
}

QImage ChartExporter::render(ChartPanel* panel, const QSize& size, qreal scale)
{
    const bool wasVisible = panel->isVisible();
    const QSize oldSize = panel->size();
    layOut(panel, size);
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
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QImageWriter writer(&png, "png");
    // Qt maps quality to the zlib level inversely: 90 meant level 0, no
    // compression at all (6 MB for 1920x1080). 80 is level 1, the fastest that
    // compresses: charts are flat colours with antialiased edges, so it makes a
    // 1920x1080 chart 66 KB against level 4's 42 KB, and the export ~150 ->
    // ~115 ms (deflate was over half of it).
    writer.setQuality(80);
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("ChartExporter", "%1: could not write the image (%2)")
                     .arg(path, writer.errorString());
        return false;
    }
    return AtomicFile::write(path, png.data(), error);
}

QStringList ChartExporter::reportCharts()
{
    return {QStringLiteral("skills-targets"),     QStringLiteral("skills-radar"),
            QStringLiteral("dsa-topics"),         QStringLiteral("activity-heatmap"),
            QStringLiteral("application-funnel"), QStringLiteral("daily-applications")};
}

void ChartExporter::paintReport(Workspace& ws, QPainter& p, const QRect& page, QPdfWriter* pdf)
{
    std::unique_ptr<ChartPanel> probe(ChartFactory::create(reportCharts().first(), ws));
    const QPalette palette = probe->palette();
    const QFont font = probe->font();
    p.fillRect(page, palette.color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    const int margin = page.width() / 40;
    const QRect inner = page.adjusted(margin, margin, -margin, -margin);
    p.setPen(palette.color(QPalette::WindowText));

    // Text as text: the title and the headline numbers can be selected and searched.
    const QFont heading = ChartStyle::titleFont(ChartStyle::titleFont(font));
    const QFontMetrics hm(heading, p.device());
    p.setFont(heading);
    const QString plan = ws.settings().value(SettingsStore::PlanTitle);
    const QDate today = QDate::currentDate();
    const QString title =
        QCoreApplication::translate("ChartExporter", "Progress report · %1 · %2")
            .arg(plan.isEmpty() ? QCoreApplication::translate("ChartExporter", "Roadmap") : plan,
                 QLocale().toString(today, QLocale::LongFormat));
    int y = inner.top();
    p.drawText(QRect(inner.left(), y, inner.width(), hm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               hm.elidedText(title, Qt::ElideRight, inner.width()));
    y += hm.height() + hm.height() / 3;
    QFont body = font;
    body.setPointSizeF(font.pointSizeF() * 1.1);
    const QFontMetrics bm(body, p.device());
    p.setFont(body);
    for (const QString& line : ReportHeadlines::compute(ws, today)) {
        const QRect box = bm.boundingRect(QRect(inner.left(), y, inner.width(), page.height()),
                                          Qt::TextWordWrap, line);
        p.drawText(box, Qt::TextWordWrap, line);
        y += box.height() + bm.leading();
    }
    y += bm.height() / 2;

    // The charts below, painted by their own widgets: vectors in a PDF. A PDF
    // gives them a second page, so none is squeezed until its labels drop off.
    const QStringList names = reportCharts();
    const auto drawCharts = [&](const QStringList& charts, const QRect& area) {
        const int columns = 2;
        const int rows = int((charts.size() + columns - 1) / columns);
        const int cellW = area.width() / columns;
        const int cellH = area.height() / std::max(1, rows);
        for (int i = 0; i < charts.size(); ++i) {
            const QRect cell(area.left() + (i % columns) * cellW,
                             area.top() + (i / columns) * cellH, cellW, cellH);
            std::unique_ptr<ChartPanel> panel(ChartFactory::create(charts[i], ws));
            if (!panel)
                continue;
            layOut(panel.get(), cell.size() - QSize(8, 8));
            panel->render(&p, cell.topLeft() + QPoint(4, 4), QRegion(),
                          QWidget::DrawWindowBackground | QWidget::DrawChildren);
        }
    };
    if (!pdf) {
        drawCharts(names, QRect(inner.left(), y, inner.width(), inner.bottom() - y));
        return;
    }
    drawCharts(names.mid(0, 2), QRect(inner.left(), y, inner.width(), inner.bottom() - y));
    pdf->newPage();
    p.fillRect(page, palette.color(QPalette::Window));
    drawCharts(names.mid(2), inner);
}

QImage ChartExporter::renderReport(Workspace& ws, const QSize& size, qreal scale)
{
    QImage page((QSizeF(size) * scale).toSize(), QImage::Format_RGB32);
    page.setDevicePixelRatio(scale);
    QPainter p(&page);
    paintReport(ws, p, QRect(QPoint(0, 0), size), nullptr);
    return page;
}

bool ChartExporter::saveReport(Workspace& ws, const QString& path, QString* error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        // Drawn into memory first, so a failed write never leaves half a PDF.
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&bytes);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        // Screen resolution: the charts lay out as they do in the window, and
        // the PDF keeps every line and letter as vectors and text at any zoom.
        pdf.setResolution(96);
        pdf.setTitle(QCoreApplication::translate("ChartExporter", "Progress report"));
        pdf.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QCoreApplication::translate("ChartExporter", "%1: could not write the PDF")
                         .arg(path);
            return false;
        }
        paintReport(ws, painter, QRect(QPoint(0, 0), painter.viewport().size()), &pdf);
        if (!painter.end()) {
            *error = QCoreApplication::translate("ChartExporter", "%1: could not write the PDF")
                         .arg(path);
            return false;
        }
        return AtomicFile::write(path, bytes.data(), error);
    }
    // A4 landscape proportions, large enough that every axis label fits.
    const QImage page = renderReport(ws, QSize(2000, 1414), 1.0);
    return writePng(page, path, error);
}
