#pragma once

#include "core/remote/RemoteCommand.h"
#include "core/storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <optional>

// The planner's command line: one parser for the window and the headless
// commands, so --help lists everything in one place.
class Workspace;

class CommandLine
{
public:
    CommandLine();

    // Parses and handles --help/--version. Returns -1 to go on, or an exit code.
    int parse(const QStringList& arguments);
    // The arguments of main(), for parsing before the application object
    // exists: errors, --help and --version then need no display.
    static QStringList fromArgv(int argc, char** argv);

    bool isHeadless() const;
    // Chart export draws widgets, so it needs a QApplication (offscreen).
    bool needsWidgets() const;
    QString databasePath() const;
    // --read-only, or a file that cannot be written: how to open it.
    Database::Access databaseAccess() const;
    // The arguments for a window on another file, keeping the look asked for.
    QStringList argumentsFor(const QString& databasePath) const;
    bool summary() const { return m_parser.isSet(m_summary); }
    bool measureStartup() const { return m_parser.isSet(m_measureStartup); }
    bool startMinimized() const { return m_parser.isSet(m_minimized); }
    // What --show asked the window to open ("" when not given).
    QString showTarget() const { return m_parser.value(m_show); }
    // Fusion with a dark palette, whatever the desktop's theme.
    bool dark() const { return m_parser.isSet(m_dark); }
    // Where --screenshots writes its pictures (empty when not asked), and at which size.
    QString screenshotsDir() const { return m_parser.value(m_screenshots); }
    QSize screenshotSize() const;

    // Runs the headless command; returns the process exit code.
    int runHeadless();

private:
    int checkChartOptions();
    int checkQuickCommands();
    // The one --add-problem, --add-application or --tick given, if any.
    std::optional<RemoteCommand> quickCommand() const;
    int exportChart(Workspace& workspace);

    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_summary;
    QCommandLineOption m_measureStartup;
    QCommandLineOption m_minimized;
    QCommandLineOption m_show;
    QCommandLineOption m_addProblem;
    QCommandLineOption m_addApplication;
    QCommandLineOption m_tick;
    QCommandLineOption m_exportIcs;
    QCommandLineOption m_dark;
    QCommandLineOption m_screenshots;
    QCommandLineOption m_importRoadmap;
    QCommandLineOption m_exportRoadmap;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_exportChart;
    QCommandLineOption m_output;
    QCommandLineOption m_size;
    QCommandLineOption m_scale;
    QCommandLineOption m_listCharts;
    QCommandLineOption m_exportReport;
    QCommandLineOption m_importProblems;
    QCommandLineOption m_exportProblems;
    QCommandLineOption m_importApplications;
    QCommandLineOption m_exportApplications;
    QCommandLineOption m_skipBadRows;
    QList<QCommandLineOption> m_qtOptions;
};
