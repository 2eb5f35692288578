#include "CommandLine.h"

#include "ProblemCommands.h"
#include "SummaryReport.h"
#include "Workspace.h"
#include "storage/Database.h"

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
} // namespace

CommandLine::CommandLine()
    : m_database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                 QCoreApplication::translate("CommandLine",
                                             "Use the planner database at <path> (created with "
                                             "the built-in plan when it does not exist)."),
                 QCoreApplication::translate("CommandLine", "path"))
    , m_summary(QStringLiteral("summary"),
                QCoreApplication::translate("CommandLine",
                                            "Print the state of the plan, problems, applications "
                                            "and skills as JSON, then exit."))
    , m_measureStartup(QStringLiteral("measure-startup"),
                       QCoreApplication::translate("CommandLine",
                                                   "Print the milliseconds from process start to "
                                                   "the window's first paint, then exit."))
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
    , m_dryRun(QStringLiteral("dry-run"),
               QCoreApplication::translate("CommandLine",
                                           "With --import-problems: print what would be "
                                           "imported and write nothing."))
    , m_skipBadRows(QStringLiteral("skip-bad-rows"),
                    QCoreApplication::translate("CommandLine",
                                                "With --import-problems: import the readable rows "
                                                "and list the skipped lines."))
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
    m_parser.addOption(m_summary);
    m_parser.addOption(m_measureStartup);
    m_parser.addOption(m_importProblems);
    m_parser.addOption(m_exportProblems);
    m_parser.addOption(m_dryRun);
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
    if (m_parser.isSet(m_database) && m_parser.value(m_database).isEmpty()) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine", "--database needs a file path") << '\n';
        err().flush();
        return 2;
    }
    return -1;
}

bool CommandLine::isHeadless() const
{
    return summary() || m_parser.isSet(m_importProblems) || m_parser.isSet(m_exportProblems);
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

int CommandLine::runHeadless()
{
    Workspace workspace;
    if (!workspace.open(databasePath())) {
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
    if (code == 0 && summary())
        out() << QJsonDocument(SummaryReport::build(workspace)).toJson(QJsonDocument::Indented);
    out().flush();
    err().flush();
    return code;
}
