// Start-up only: application object, command line, database, then either a
// headless command or the window.

#include "CommandLine.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "Workspace.h"
#include "reminders/ReminderService.h"
#include "reminders/SystemClock.h"
#include "tray/TrayIcon.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
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
        : m_clock(clock)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Let the paint finish, then report and leave.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("%lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

// The window's whole life; returns the exit code and whether the user asked
// for a restart (to change the language).
int runWindow(const CommandLine& cli, const QElapsedTimer& clock, bool* restart)
{
    const QString path = cli.databasePath();
    SingleInstance instance(path);
    if (!cli.measureStartup() && !instance.claim()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Roadmap Planner is already open on %1; that window "
                                            "was brought to the front.")
                                    .arg(path)));
        return 0;
    }

    Workspace workspace;
    if (!workspace.open(path)) {
        std::fprintf(stderr, "roadmap-planner: %s\n", qPrintable(workspace.errorString()));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Roadmap Planner"),
            QCoreApplication::translate("main", "The planner could not open its database.\n\n%1\n\n"
                                                "Nothing was changed. Choose another file with "
                                                "--database, or restore a backup.")
                .arg(workspace.errorString()));
        return 1;
    }

    MainWindow window(workspace);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::bringToFront);
    std::unique_ptr<FirstPaintProbe> probe;
    if (cli.measureStartup())
        probe = std::make_unique<FirstPaintProbe>(&window, clock);
    // Reminders start with the window and live as long as it does, hidden or not.
    SystemClock systemClock;
    TrayIcon tray(window);
    ReminderService reminders(workspace, systemClock, tray);
    tray.setService(&reminders);
    window.show();
    if (!cli.measureStartup())
        reminders.start();
    const int code = QApplication::exec();
    *restart = window.restartRequested();
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
    if (cli.isHeadless()) {
        QCoreApplication app(argc, argv);
        Translations::install(app);
        return cli.runHeadless();
    }

    QApplication app(argc, argv);
    Translations::install(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roadmap-planner.svg")));
    QApplication::setDesktopFileName(QStringLiteral(PLANNER_APP_ID));

    bool restart = false;
    const int result = runWindow(cli, clock, &restart);
    // The window, the workspace and the single-instance lock are gone by now,
    // so the new process owns the database from its first moment.
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
    return result;
}
