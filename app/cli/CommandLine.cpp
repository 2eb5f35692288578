#include "CommandLine.h"

#include "ApplicationCsvCommands.h"
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
const char* const qtValueOptions[] = {"platform", "style", "stylesheet", "qwindowgeometry",
                                      "qwindowtitle", "qwindowicon", "session", "display",
                                      "geometry", "platformtheme", "platformpluginpath",
                                      "plugin", "title", "name", "qmljsdebugger"};
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
    , m_dryRun(QStringLiteral("dry-run"),
               QCoreApplication::translate("CommandLine",
                                           "With --import-applications: print the column mapping "
                                           "and the rows that would be rejected; write nothing."))
    , m_skipBadRows(QStringLiteral("skip-bad-rows"),
                    QCoreApplication::translate("CommandLine",
                                                "With --import-applications: import the rows that "
                                                "can be imported and list the skipped lines."))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Roadmap Planner — carry out a career plan day by day: the roadmap timeline, a DSA log, "
        "job applications and skills, in one local SQLite file.\n\n"
        "Without a command it opens the planner window. The default database is:\n  %1")
                                           .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_summary);
    m_parser.addOption(m_measureStartup);
    m_parser.addOption(m_importApplications);
    m_parser.addOption(m_exportApplications);
    m_parser.addOption(m_dryRun);
    m_parser.addOption(m_skipBadRows);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char* name : qtValueOptions)
        m_qtOptions.append(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
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
    if ((m_parser.isSet(m_dryRun) || m_parser.isSet(m_skipBadRows)) &&
        !m_parser.isSet(m_importApplications)) {
        err() << QCoreApplication::applicationName() << ": "
              << QCoreApplication::translate("CommandLine",
                                             "--dry-run and --skip-bad-rows go with "
                                             "--import-applications")
              << '\n';
        err().flush();
        return 2;
    }
    return -1;
}

bool CommandLine::isHeadless() const
{
    return summary() || m_parser.isSet(m_importApplications) ||
           m_parser.isSet(m_exportApplications);
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
    ApplicationCsvCommands csv(workspace, out(), err());
    // Import before export and summary, so one run can import and report.
    if (m_parser.isSet(m_importApplications))
        code = csv.importFile(m_parser.value(m_importApplications), m_parser.isSet(m_dryRun),
                              m_parser.isSet(m_skipBadRows));
    if (code == 0 && m_parser.isSet(m_exportApplications))
        code = csv.exportFile(m_parser.value(m_exportApplications));
    if (code == 0 && summary())
        out() << QJsonDocument(SummaryReport::build(workspace)).toJson(QJsonDocument::Indented);
    out().flush();
    err().flush();
    return code;
}
