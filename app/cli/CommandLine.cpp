#include "CommandLine.h"

#include "cli/ApplicationCsvCommands.h"
#include "cli/ProblemCommands.h"
#include "cli/QuickCommandSender.h"
#include "cli/RoadmapCommands.h"
#include "core/SummaryReport.h"
#include "core/Workspace.h"
#include "core/calendar/CalendarExporter.h"
#include "core/storage/Database.h"
#include "gui/charts/ChartExporter.h"
#include "gui/charts/ChartFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <cstring>

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Options QApplication takes itself; accepted here so that the early parse,
// before QApplication has removed them, does not call them unknown.
const char* const qtValueOptions[] = {
    "platform", "style",   "stylesheet",   "qwindowgeometry", "qwindowtitle",       "qwindowicon",
    "session",  "display", "geometry",     "platformtheme",   "platformpluginpath", "plugin",
    "title",    "name",    "qmljsdebugger"};
const char* const qtFlagOptions[] = {"reverse", "nograb", "dograb", "sync"};

// Exports lay charts out in hidden windows; the offscreen platform warns for
// each that it cannot pass size hints on, which says nothing to the user.
// Every other message goes through as before.
QtMessageHandler previousHandler = nullptr;
void dropSizeHintNotice(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg && text == u"This plugin does not support propagateSizeHints()")
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}
} // namespace

CommandLine::CommandLine()
    : m_database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                 QCoreApplication::translate("CommandLine",
                                             "Use the planner database at <path> (created with "
                                             "the built-in plan when it does not exist)."),
                 QCoreApplication::translate("CommandLine", "path"))
    , m_readOnly(QStringLiteral("read-only"),
                 QCoreApplication::translate("CommandLine",
                                             "Open the database read-only: everything shows, "
                                             "nothing is written. A file on a read-only disk or "
                                             "folder opens so by itself."))
    , m_summary(QStringLiteral("summary"),
                QCoreApplication::translate("CommandLine",
                                            "Print the state of the plan, problems, applications "
                                            "and skills as JSON, then exit."))
    , m_measureStartup(QStringLiteral("measure-startup"),
                       QCoreApplication::translate("CommandLine",
                                                   "Print the milliseconds from process start to "
                                                   "the window's first paint, then exit."))
    , m_minimized(QStringList{QStringLiteral("minimized"), QStringLiteral("hidden")},
                  QCoreApplication::translate("CommandLine",
                                              "Start with only the tray icon (a minimised "
                                              "window where the desktop has no tray), as at "
                                              "log-in."))
    , m_show(QStringLiteral("show"),
             QCoreApplication::translate("CommandLine",
                                         "Open the window (or bring the running one forward) on "
                                         "<what>: today, timeline, dsa, applications, skills, "
                                         "add-problem or add-application (the last two focus "
                                         "the quick-add line)."),
             QCoreApplication::translate("CommandLine", "what"))
    , m_addProblem(QStringLiteral("add-problem"),
                   QCoreApplication::translate(
                       "CommandLine",
                       "Log a problem with the DSA tab's quick-add line, for example \"two sum "
                       "#arrays easy 25m solved\". Goes to the window when one has the file "
                       "open (one undo step there), else into the file; prints what was added."),
                   QCoreApplication::translate("CommandLine", "line"))
    , m_addApplication(QStringLiteral("add-application"),
                       QCoreApplication::translate(
                           "CommandLine", "Record an application applied to today: \"company | "
                                          "role | source\" (the source may be left out). Like "
                                          "--add-problem, through the window when one is open."),
                       QCoreApplication::translate("CommandLine", "line"))
    , m_tick(QStringLiteral("tick"),
             QCoreApplication::translate("CommandLine",
                                         "Mark the roadmap item with this title (or the one "
                                         "item whose title contains it) done. Like "
                                         "--add-problem, through the window when one is open."),
             QCoreApplication::translate("CommandLine", "title"))
    , m_exportIcs(QStringLiteral("export-ics"),
                  QCoreApplication::translate(
                      "CommandLine",
                      "Write an iCalendar (.ics) file of interviews, follow-ups due, review days "
                      "and the plan's weeks and deliverables, then exit. Importing a newer export "
                      "updates the events instead of duplicating them."),
                  QCoreApplication::translate("CommandLine", "file.ics"))
    , m_dark(
          QStringLiteral("dark"),
          QCoreApplication::translate("CommandLine", "Use the Fusion style with a dark palette."))
    , m_screenshots(QStringLiteral("screenshots"),
                    QCoreApplication::translate(
                        "CommandLine",
                        "Write a picture of every tab and dialog into <folder> at --size "
                        "(default 1366x768), then exit."),
                    QCoreApplication::translate("CommandLine", "folder"))
    , m_importRoadmap(QStringLiteral("import-roadmap"),
                      QCoreApplication::translate(
                          "CommandLine",
                          "Import a Markdown roadmap. Into a database that does not exist yet it "
                          "creates one holding just that plan; into an existing one it re-imports "
                          "over the current plan, keeping progress and notes."),
                      QCoreApplication::translate("CommandLine", "file.md"))
    , m_exportRoadmap(QStringLiteral("export-roadmap"),
                      QCoreApplication::translate("CommandLine",
                                                  "Write the plan, with its ticks and notes, as "
                                                  "Markdown that imports back to the same plan."),
                      QCoreApplication::translate("CommandLine", "file.md"))
    , m_dryRun(QStringLiteral("dry-run"),
               QCoreApplication::translate("CommandLine",
                                           "With an --import-… option: print what would be "
                                           "imported and write nothing."))
    , m_exportChart(QStringLiteral("export-chart"),
                    QCoreApplication::translate("CommandLine",
                                                "Write chart <name> as a PNG image (see "
                                                "--list-charts; needs --output), then exit. "
                                                "Runs without a display."),
                    QCoreApplication::translate("CommandLine", "name"))
    , m_output(QStringLiteral("output"),
               QCoreApplication::translate("CommandLine", "The file --export-chart writes."),
               QCoreApplication::translate("CommandLine", "file"))
    , m_size(QStringLiteral("size"),
             QCoreApplication::translate("CommandLine",
                                         "Image size for --export-chart, WIDTHxHEIGHT in pixels "
                                         "(default 1600x900)."),
             QCoreApplication::translate("CommandLine", "WxH"), QStringLiteral("1600x900"))
    , m_scale(QStringLiteral("scale"),
              QCoreApplication::translate("CommandLine",
                                          "Device pixel ratio for --export-chart, 1 to 4 "
                                          "(2 doubles the pixels for high-DPI screens)."),
              QCoreApplication::translate("CommandLine", "factor"), QStringLiteral("1"))
    , m_listCharts(QStringLiteral("list-charts"),
                   QCoreApplication::translate("CommandLine",
                                               "Print the name and title of every chart, then "
                                               "exit."))
    , m_exportReport(QStringLiteral("export-report"),
                     QCoreApplication::translate("CommandLine",
                                                 "Write a one-page progress report with the main "
                                                 "charts (PDF when <file> ends in .pdf, else "
                                                 "PNG), then exit."),
                     QCoreApplication::translate("CommandLine", "file"))
    , m_importProblems(QStringLiteral("import-problems"),
                       QCoreApplication::translate("CommandLine",
                                                   "Import problems from <file>: a NeetCode JSON "
                                                   "list or a LeetCode-style CSV (told by its "
                                                   "content). Duplicates are left out; a bad row "
                                                   "stops the import with nothing written."),
                       QCoreApplication::translate("CommandLine", "file"))
    , m_exportProblems(
          QStringLiteral("export-problems"),
          QCoreApplication::translate("CommandLine", "Export every problem to <file> as CSV."),
          QCoreApplication::translate("CommandLine", "file"))
    , m_importApplications(
          QStringLiteral("import-applications"),
          QCoreApplication::translate("CommandLine",
                                      "Import job applications from a CSV file (columns mapped "
                                      "by their headers), then exit. A row that cannot be "
                                      "imported stops the import and nothing is written."),
          QCoreApplication::translate("CommandLine", "file"))
    , m_exportApplications(
          QStringLiteral("export-applications"),
          QCoreApplication::translate("CommandLine",
                                      "Export every job application with its stage history to a "
                                      "CSV file, then exit."),
          QCoreApplication::translate("CommandLine", "file.csv"))
    , m_skipBadRows(QStringLiteral("skip-bad-rows"),
                    QCoreApplication::translate(
                        "CommandLine", "With --import-problems or --import-applications: "
                                       "import the readable rows and list the skipped lines."))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate(
            "CommandLine",
            "Roadmap Planner — carry out a career plan day by day: the roadmap timeline, a DSA "
            "log, "
            "job applications and skills, in one local SQLite file.\n\n"
            "Without a command it opens the planner window. The default database is:\n  %1")
            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_readOnly);
    m_parser.addOption(m_summary);
    m_parser.addOption(m_measureStartup);
    m_parser.addOption(m_minimized);
    for (const QCommandLineOption& option :
         {m_show, m_addProblem, m_addApplication, m_tick, m_exportIcs})
        m_parser.addOption(option);
    m_parser.addOption(m_dark);
    m_parser.addOption(m_screenshots);
    m_parser.addOption(m_importRoadmap);
    m_parser.addOption(m_exportRoadmap);
    m_parser.addOption(m_dryRun);
    for (const QCommandLineOption& option :
         {m_exportChart, m_output, m_size, m_scale, m_listCharts, m_exportReport})
        m_parser.addOption(option);
    m_parser.addOption(m_importProblems);
    m_parser.addOption(m_exportProblems);
    m_parser.addOption(m_importApplications);
    m_parser.addOption(m_exportApplications);
    m_parser.addOption(m_skipBadRows);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char* name : qtValueOptions)
        m_qtOptions.append(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char* name : qtFlagOptions)
        m_qtOptions.append(QCommandLineOption(QString::fromLatin1(name)));
    for (QCommandLineOption& option : m_qtOptions) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
}

QStringList CommandLine::fromArgv(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        err() << QCoreApplication::applicationName() << ": " << m_parser.errorText() << '\n'
              << QCoreApplication::translate("CommandLine", "Try '%1 --help' for the options.")
                     .arg(QCoreApplication::applicationName())
              << '\n';
        err().flush();
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Without an application object Qt cannot name the executable itself.
        out() << m_parser.helpText().replace(QStringLiteral("<executable_name>"),
                                             QCoreApplication::applicationName());
        out().flush();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return 0;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                     .arg(m_parser.positionalArguments().first())
              << '\n';
        err().flush();
        return 2;
    }
    if (m_parser.isSet(m_dryRun) && !m_parser.isSet(m_importRoadmap) &&
        !m_parser.isSet(m_importProblems) && !m_parser.isSet(m_importApplications)) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate(
                     "CommandLine", "--dry-run goes with --import-roadmap, --import-problems or "
                                    "--import-applications")
              << '\n';
        err().flush();
        return 2;
    }
    if (m_parser.isSet(m_database) && m_parser.value(m_database).isEmpty()) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine", "--database needs a file path") << '\n';
        err().flush();
        return 2;
    }
    const bool writes = (!m_parser.isSet(m_dryRun) &&
                         (m_parser.isSet(m_importRoadmap) || m_parser.isSet(m_importProblems) ||
                          m_parser.isSet(m_importApplications))) ||
                        quickCommand().has_value();
    if (m_parser.isSet(m_readOnly) && writes) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine",
                                             "--read-only cannot go with a command that writes "
                                             "(an import without --dry-run, --add-problem, "
                                             "--add-application or --tick)")
              << '\n';
        err().flush();
        return 2;
    }
    if (m_parser.isSet(m_skipBadRows) && !m_parser.isSet(m_importProblems) &&
        !m_parser.isSet(m_importApplications)) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine",
                                             "--skip-bad-rows goes with --import-problems or "
                                             "--import-applications")
              << '\n';
        err().flush();
        return 2;
    }
    const int quick = checkQuickCommands();
    return quick >= 0 ? quick : checkChartOptions();
}

int CommandLine::checkQuickCommands()
{
    const auto fail = [](const QString& message) {
        err() << QCoreApplication::applicationName() << ": " << message << '\n';
        err().flush();
        return 2;
    };
    int given = 0;
    for (const QCommandLineOption& option : {m_addProblem, m_addApplication, m_tick})
        given += m_parser.values(option).size();
    if (given > 1)
        return fail(QCoreApplication::translate(
            "CommandLine", "give one of --add-problem, --add-application or --tick per call"));
    if (m_parser.isSet(m_show) && !RemoteCommand::ShowTargets.contains(m_parser.value(m_show)))
        return fail(QCoreApplication::translate("CommandLine", "--show '%1' is not one of: %2")
                        .arg(m_parser.value(m_show),
                             RemoteCommand::ShowTargets.join(QStringLiteral(", "))));
    if (given == 1 && m_parser.isSet(m_show))
        return fail(QCoreApplication::translate(
            "CommandLine", "--show opens the window; give it without --add-problem, "
                           "--add-application or --tick"));
    return -1;
}

std::optional<RemoteCommand> CommandLine::quickCommand() const
{
    if (m_parser.isSet(m_addProblem))
        return RemoteCommand{RemoteCommand::Kind::AddProblem, m_parser.value(m_addProblem)};
    if (m_parser.isSet(m_addApplication))
        return RemoteCommand{RemoteCommand::Kind::AddApplication, m_parser.value(m_addApplication)};
    if (m_parser.isSet(m_tick))
        return RemoteCommand{RemoteCommand::Kind::Tick, m_parser.value(m_tick)};
    return std::nullopt;
}

// Chart options are checked before any database is opened, so a typo costs
// nothing and says what is wrong in one line.
int CommandLine::checkChartOptions()
{
    const auto fail = [](const QString& message, int code) {
        err() << QCoreApplication::applicationName() << ": " << message << '\n';
        err().flush();
        return code;
    };
    const bool exporting = m_parser.isSet(m_exportChart);
    const bool sized = exporting || m_parser.isSet(m_screenshots);
    if ((!exporting && (m_parser.isSet(m_output) || m_parser.isSet(m_scale))) ||
        (!sized && m_parser.isSet(m_size)))
        return fail(QCoreApplication::translate(
                        "CommandLine", "--output, --size and --scale go with --export-chart"),
                    2);
    if (!sized || (!exporting && !m_parser.isSet(m_size)))
        return -1;
    if (!ChartExporter::parseSize(m_parser.value(m_size)))
        return fail(QCoreApplication::translate("CommandLine",
                                                "--size '%1' is not WIDTHxHEIGHT in pixels "
                                                "between %2 and %3, for example 1920x1080")
                        .arg(m_parser.value(m_size))
                        .arg(ChartExporter::MinSide)
                        .arg(ChartExporter::MaxSide),
                    2);
    if (!exporting)
        return -1;
    bool ok = false;
    const double scale = m_parser.value(m_scale).toDouble(&ok);
    if (!ok || scale < 1.0 || scale > 4.0)
        return fail(
            QCoreApplication::translate("CommandLine", "--scale '%1' is not a number from 1 to 4")
                .arg(m_parser.value(m_scale)),
            2);
    if (m_parser.value(m_output).isEmpty())
        return fail(
            QCoreApplication::translate("CommandLine", "--export-chart needs --output FILE.png"),
            2);
    if (!ChartFactory::contains(m_parser.value(m_exportChart)))
        return fail(
            QCoreApplication::translate("CommandLine", "unknown chart '%1'; the charts are: %2")
                .arg(m_parser.value(m_exportChart),
                     ChartFactory::names().join(QStringLiteral(", "))),
            1);
    return -1;
}

QSize CommandLine::screenshotSize() const
{
    return m_parser.isSet(m_size)
               ? ChartExporter::parseSize(m_parser.value(m_size)).value_or(QSize(1366, 768))
               : QSize(1366, 768);
}

bool CommandLine::isHeadless() const
{
    return summary() || quickCommand() || m_parser.isSet(m_exportIcs) ||
           m_parser.isSet(m_importRoadmap) || m_parser.isSet(m_exportRoadmap) ||
           m_parser.isSet(m_importProblems) || m_parser.isSet(m_exportProblems) ||
           m_parser.isSet(m_importApplications) || m_parser.isSet(m_exportApplications) ||
           m_parser.isSet(m_listCharts) || needsWidgets();
}

bool CommandLine::needsWidgets() const
{
    return m_parser.isSet(m_exportChart) || m_parser.isSet(m_exportReport);
}

QString CommandLine::databasePath() const
{
    if (m_parser.isSet(m_database))
        return QFileInfo(m_parser.value(m_database)).absoluteFilePath();
    const QString path = Database::defaultPath();
    // Only the default folder is created; a folder the user named must exist.
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

Database::Access CommandLine::databaseAccess() const
{
    if (m_parser.isSet(m_readOnly))
        return Database::Access::Read;
    // A command that writes refuses a read-only file with a clear message;
    // one that only reads (a summary, an export, a dry run) reads it as it is.
    const bool writes = m_parser.isSet(m_importProblems) || m_parser.isSet(m_importApplications);
    return writes && !m_parser.isSet(m_dryRun) ? Database::Access::Write
                                               : Database::Access::WriteOrRead;
}

QStringList CommandLine::argumentsFor(const QString& databasePath) const
{
    QStringList arguments = {QStringLiteral("--database"), databasePath};
    if (dark())
        arguments << QStringLiteral("--dark");
    return arguments;
}

int CommandLine::runHeadless()
{
    if (m_parser.isSet(m_listCharts)) {
        for (const ChartFactory::Info& info : ChartFactory::charts())
            out() << info.name << '\t' << info.title << '\n';
        out().flush();
        if (!summary() && !needsWidgets())
            return 0;
    }
    // A quick add is a job of its own, and goes to the window when there is one.
    if (const std::optional<RemoteCommand> command = quickCommand())
        return QuickCommandSender::run(databasePath(), *command, out(), err());
    // One job per run, in a fixed order: import, then export, then the summary.
    if (m_parser.isSet(m_importRoadmap)) {
        const int code =
            RoadmapCommands::importRoadmap(databasePath(), m_parser.value(m_importRoadmap),
                                           m_parser.isSet(m_dryRun), out(), err());
        if (code != 0 || m_parser.isSet(m_dryRun) ||
            !(m_parser.isSet(m_exportRoadmap) || summary() || needsWidgets()))
            return code;
    }
    if (m_parser.isSet(m_exportRoadmap)) {
        const int code = RoadmapCommands::exportRoadmap(
            databasePath(), m_parser.value(m_exportRoadmap), out(), err());
        if (code != 0 || !(summary() || needsWidgets()))
            return code;
    }
    Workspace workspace;
    if (!workspace.open(databasePath(), Workspace::Seed::BuiltInPlan,
                        Database::Check::BeforeOpening, databaseAccess())) {
        err() << QCoreApplication::applicationName() << ": " << workspace.errorString() << '\n';
        err().flush();
        return 1;
    }
    int code = 0;
    // Import before export and summary, so one call can import and report.
    if (m_parser.isSet(m_importProblems)) {
        ProblemCommands::ImportOptions options;
        options.dryRun = m_parser.isSet(m_dryRun);
        options.skipBadRows = m_parser.isSet(m_skipBadRows);
        code = ProblemCommands::importProblems(workspace, m_parser.value(m_importProblems), options,
                                               out(), err());
    }
    if (code == 0 && m_parser.isSet(m_exportProblems))
        code = ProblemCommands::exportProblems(workspace, m_parser.value(m_exportProblems), out(),
                                               err());
    if (code == 0 &&
        (m_parser.isSet(m_importApplications) || m_parser.isSet(m_exportApplications))) {
        ApplicationCsvCommands csv(workspace, out(), err());
        if (m_parser.isSet(m_importApplications))
            code = csv.importFile(m_parser.value(m_importApplications), m_parser.isSet(m_dryRun),
                                  m_parser.isSet(m_skipBadRows));
        if (code == 0 && m_parser.isSet(m_exportApplications))
            code = csv.exportFile(m_parser.value(m_exportApplications));
    }
    if (code == 0 && m_parser.isSet(m_exportIcs)) {
        const QString path = QFileInfo(m_parser.value(m_exportIcs)).absoluteFilePath();
        QString error;
        int events = 0;
        if (CalendarExporter::write(workspace, path, {}, &events, &error)) {
            out() << QCoreApplication::translate("CommandLine",
                                                 "Exported the calendar to %1 — events: %2")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(events)
                  << '\n';
        } else {
            err() << QCoreApplication::applicationName() << ": " << error << '\n';
            code = 1;
        }
    }
    if (code == 0 && summary())
        out() << QJsonDocument(SummaryReport::build(workspace)).toJson(QJsonDocument::Indented);
    out().flush();
    if (m_parser.isSet(m_exportChart) || m_parser.isSet(m_exportReport))
        previousHandler = qInstallMessageHandler(dropSizeHintNotice);
    if (code == 0 && m_parser.isSet(m_exportChart))
        code = exportChart(workspace);
    if (code == 0 && m_parser.isSet(m_exportReport)) {
        QString error;
        const QString path = QFileInfo(m_parser.value(m_exportReport)).absoluteFilePath();
        if (!ChartExporter::saveReport(workspace, path, &error)) {
            err() << QCoreApplication::applicationName() << ": " << error << '\n';
            code = 1;
        } else {
            out() << QCoreApplication::translate("CommandLine", "Wrote the progress report to %1")
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
            out().flush();
        }
    }
    err().flush();
    return code;
}

int CommandLine::exportChart(Workspace& workspace)
{
    QString error;
    const QString path = QFileInfo(m_parser.value(m_output)).absoluteFilePath();
    if (!ChartExporter::savePng(workspace, m_parser.value(m_exportChart), path,
                                *ChartExporter::parseSize(m_parser.value(m_size)),
                                m_parser.value(m_scale).toDouble(), &error)) {
        err() << QCoreApplication::applicationName() << ": " << error << '\n';
        err().flush();
        return 1;
    }
    const QSize size = *ChartExporter::parseSize(m_parser.value(m_size));
    out() << QCoreApplication::translate("CommandLine", "Wrote the %1 chart (%2×%3) to %4")
                 .arg(m_parser.value(m_exportChart))
                 .arg(size.width())
                 .arg(size.height())
                 .arg(QDir::toNativeSeparators(path))
          << '\n';
    out().flush();
    return 0;
}
