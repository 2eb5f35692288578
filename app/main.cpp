// Start-up only: application object, command line, database, then either a
// headless command or the window.

#include "cli/CommandLine.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/SystemClock.h"
#include "core/storage/BackupManager.h"
#include "gui/CommandReceiver.h"
#include "gui/MainWindow.h"
#include "gui/ScreenshotTour.h"
#include "gui/SingleInstance.h"
#include "gui/common/AppIcon.h"
#include "gui/common/DarkPalette.h"
#include "gui/common/FontWarmUp.h"
#include "gui/common/InterfaceFont.h"
#include "gui/tray/TrayIcon.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
// When the file cannot be opened, says why, and offers the newest backup when
// there is one: the damaged file is set aside (never deleted) and the copy put
// in its place. Returns true when the workspace is open afterwards.
bool offerRestore(Workspace& workspace, const QString& path)
{
    const QString error = workspace.errorString();
    std::fprintf(stderr, "roadmap-planner: %s\n", qPrintable(error));
    const QVector<BackupManager::Backup> backups = BackupManager::listFor(path);
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Roadmap Planner"),
                    QCoreApplication::translate("main", "The planner could not open its database."),
                    QMessageBox::Close);
    box.setInformativeText(
        backups.isEmpty()
            ? QCoreApplication::translate("main", "%1\n\nNothing was changed. Choose another file "
                                                  "with --database.")
                  .arg(error)
            : QCoreApplication::translate("main", "%1\n\nNothing was changed. A backup from %2 "
                                                  "exists: restoring it keeps the damaged file "
                                                  "beside it.")
                  .arg(error, QLocale().toString(backups.first().created, QLocale::ShortFormat)));
    QPushButton* restore =
        backups.isEmpty() ? nullptr
                          : box.addButton(QCoreApplication::translate("main", "Restore Backup"),
                                          QMessageBox::AcceptRole);
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return false;
    QString failure;
    if (BackupManager::replaceFileWithBackup(path, backups.first().path, &failure).isEmpty() ||
        !workspace.open(path)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Roadmap Planner"),
                              failure.isEmpty() ? workspace.errorString() : failure);
        return false;
    }
    return true;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlanner"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("roadmapplanner.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANNER_VERSION));
}

// Reports the time to the first paint of the window with data in it.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget* window, const QElapsedTimer& clock)
        : m_window(window)
        , m_clock(clock)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Let the paint finish, then report and leave. Hidden and exit(),
            // not quit(): quit() closes the window, and closing saves its
            // geometry, so every measurement overwrote the user's window
            // settings with the measuring window's (two fdatasync calls too).
            QTimer::singleShot(0, qApp, [this] {
                std::printf("%lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                m_window->hide();
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

// The window's whole life; returns the exit code and whether the user asked
// for a restart (to change the language, or to open a copy: *reopen).
int runWindow(const CommandLine& cli, const QElapsedTimer& clock, FontWarmUp& fonts, bool* restart,
              QString* reopen)
{
    const QString path = cli.databasePath();
    SingleInstance instance(path);
    const bool tour = !cli.screenshotsDir().isEmpty();
    if (!cli.measureStartup() && !tour && !instance.claim()) {
        RemoteReply reply;
        if (!SingleInstance::send(path, {RemoteCommand::Kind::Show, cli.showTarget()}, &reply)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "Roadmap Planner is already open on %1, but that "
                                                "window does not answer.")
                                        .arg(path)));
            return 1;
        }
        if (!reply.ok()) {
            std::fprintf(stderr, "roadmap-planner: %s\n", qPrintable(reply.message));
            return reply.code;
        }
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Roadmap Planner is already open on %1; that window "
                                            "was brought to the front.")
                                    .arg(path)));
        return 0;
    }
    // This process shows the window: the font worker goes on to Qt's font
    // database (a second launch that only brings a window forward never does).
    fonts.applicationReady();

    Workspace workspace;
    // The plan is read on a worker from now on, while the file is opened and
    // the window built (a 5,000-item plan is most of the first screen's wait).
    workspace.startReadingPlan(path);
    // The file's quick_check reads every page (most of a second for a large
    // one): a window checks after its first paint instead of before it.
    // A file that cannot be written opens read-only, under a banner.
    const Database::Access access = cli.databaseAccess() == Database::Access::Read
                                        ? Database::Access::Read
                                        : Database::Access::WriteOrRead;
    if (!workspace.open(path, Workspace::Seed::BuiltInPlan, Database::Check::AfterFirstPaint,
                        access) &&
        !offerRestore(workspace, path))
        return 1;

    MainWindow window(workspace);
    if (tour) {
        const int written =
            ScreenshotTour::run(workspace, window, cli.screenshotsDir(), cli.screenshotSize());
        if (written < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "%1: could not create "
                                                                        "the folder")
                                        .arg(cli.screenshotsDir())));
            return 1;
        }
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("main", "Wrote %1 screenshots to %2")
                                   .arg(written)
                                   .arg(cli.screenshotsDir())));
        return 0;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::bringToFront);
    // Commands from a second process land on this window's undo stack.
    CommandReceiver receiver(window, workspace);
    instance.setCommandHandler(
        [&receiver](const RemoteCommand& command) { return receiver.run(command); });
    std::unique_ptr<FirstPaintProbe> probe;
    if (cli.measureStartup())
        probe = std::make_unique<FirstPaintProbe>(&window, clock);
    // Reminders start with the window and live as long as it does, hidden or not.
    SystemClock systemClock;
    TrayIcon tray(window);
    ReminderService reminders(workspace, systemClock, tray);
    tray.setService(&reminders);
    tray.showWindowAtStart(cli.startMinimized() && !cli.measureStartup());
    if (!cli.showTarget().isEmpty())
        window.openTarget(CommandReceiver::targetFor(cli.showTarget()));
    // The daily backup waits until the window is on screen.
    if (!cli.measureStartup())
        QTimer::singleShot(2000, &window, [&workspace] { workspace.backups().backUpDailyIfDue(); });
    if (!cli.measureStartup()) {
        reminders.start();
        // After the first paint: the socket for commands from other processes
        // (they wait for it, see SingleInstance), and on worker threads the
        // file's quick_check and the rows of the tabs not shown yet.
        QTimer::singleShot(500, &window, [&workspace, &instance] {
            QString error;
            if (!instance.listen(&error))
                std::fprintf(stderr, "roadmap-planner: %s\n", qPrintable(error));
            workspace.checkIntegrityInBackground();
            workspace.prefetchModels();
        });
    }
    const int code = QApplication::exec();
    *restart = window.restartRequested();
    *reopen = window.reopenPath();
    return code;
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    setIdentity();

    CommandLine cli;
    // Parsed before any application object, so bad options, --help and
    // --version work without a display.
    const int code = cli.parse(CommandLine::fromArgv(argc, argv));
    if (code >= 0)
        return code;
    if (cli.isHeadless() && cli.needsWidgets()) {
        // Charts are widgets: they need a QApplication, but a headless export
        // never wants a display, so it always draws on the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        InterfaceFont::apply(app);
        Translations::install(app);
        if (cli.dark())
            DarkPalette::apply(app);
        return cli.runHeadless();
    }
    if (cli.isHeadless()) {
        QCoreApplication app(argc, argv);
        Translations::install(app);
        return cli.runHeadless();
    }

    // The font list is read on a worker from here on, beside the application
    // object's construction, the database and the window's first parts.
    FontWarmUp fonts;
    QApplication app(argc, argv);
    InterfaceFont::apply(app);
    Translations::install(app);
    if (cli.dark())
        DarkPalette::apply(app);
    QApplication::setWindowIcon(AppIcon::icon());
    QApplication::setDesktopFileName(QStringLiteral(PLANNER_APP_ID));

    bool restart = false;
    QString reopen;
    const int result = runWindow(cli, clock, fonts, &restart, &reopen);
    // The worker uses the application object: done before it goes (long
    // before, unless the start-up ended early).
    fonts.wait();
    // The window, the workspace and the single-instance lock are gone by now,
    // so the new process owns the database from its first moment.
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                reopen.isEmpty() ? QCoreApplication::arguments().mid(1)
                                                 : cli.argumentsFor(reopen));
    return result;
}
