#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;
class Workspace;

// The headless DSA commands: --import-problems (with --dry-run and
// --skip-bad-rows) and --export-problems. Thin: reading, previewing and the
// one-transaction write live in core (CatalogueReader, ProblemImporter).
class ProblemCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProblemCommands)

public:
    struct ImportOptions
    {
        bool dryRun = false;
        bool skipBadRows = false;
    };

    // Exit code 0 on success, 1 when the file cannot be read or has bad rows
    // (and --skip-bad-rows was not given): then nothing is written.
    static int importProblems(Workspace& ws, const QString& path, const ImportOptions& options,
                              QTextStream& out, QTextStream& err);
    static int exportProblems(Workspace& ws, const QString& path, QTextStream& out,
                              QTextStream& err);
};
