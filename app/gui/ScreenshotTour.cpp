#include "ScreenshotTour.h"

#include "core/Workspace.h"
#include "core/storage/BackupManager.h"
#include "gui/MainWindow.h"
#include "gui/backup/RestoreDialog.h"
#include "gui/charts/ChartExportDialog.h"
#include "gui/charts/ChartExporter.h"
#include "gui/jobs/ApplicationSettingsDialog.h"
#include "gui/settings/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <memory>

namespace {
void settle()
{
    // Layouts, deferred chart builds and posted deletes, twice: a chart laid
    // out once can ask for another pass.
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

bool save(QWidget* widget, const QDir& dir, int index, const QString& name)
{
    // Panels that coalesce their refresh (the Applications overview waits
    // 150 ms) are pictured as a user sees them a moment later, not empty.
    QEventLoop wait;
    QTimer::singleShot(300, &wait, &QEventLoop::quit);
    wait.exec();
    settle();
    QString error;
    return ChartExporter::writePng(
        widget->grab().toImage(),
        dir.filePath(QStringLiteral("%1-%2.png").arg(index, 2, 10, QLatin1Char('0')).arg(name)),
        &error);
}
} // namespace

int ScreenshotTour::run(Workspace& ws, MainWindow& window, const QString& path, const QSize& size)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")))
        return -1;
    window.resize(size);
    window.show();
    int written = 0;
    int index = 0;
    QTabWidget* tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        written += save(&window, dir, ++index, tabs->widget(i)->objectName());
    }
    tabs->setCurrentIndex(0);

    // Dialogs at their own size, over the window, as a user meets them.
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(QStringLiteral("settings-dialog"),
                         std::make_unique<SettingsDialog>(&ws, &window));
    dialogs.emplace_back(QStringLiteral("application-settings-dialog"),
                         std::make_unique<ApplicationSettingsDialog>(ws.settings(), &window));
    dialogs.emplace_back(QStringLiteral("chart-export-dialog"),
                         std::make_unique<ChartExportDialog>(ws, QString(), &window));
    dialogs.emplace_back(QStringLiteral("restore-dialog"),
                         std::make_unique<RestoreDialog>(ws.backups().list(), &window));
    for (auto& [name, dialog] : dialogs) {
        dialog->show();
        written += save(dialog.get(), dir, ++index, name);
        dialog->hide();
    }
    return written;
}
