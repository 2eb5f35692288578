#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;
class Workspace;

// The headless --import-applications and --export-applications commands.
// Import is all or nothing: a row that cannot be imported stops it with its
// line and reason and nothing is written, unless skipBadRows is set.
class ApplicationCsvCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationCsvCommands)

public:
    ApplicationCsvCommands(Workspace& workspace, QTextStream& out, QTextStream& err);

    int importFile(const QString& path, bool dryRun, bool skipBadRows);
    int exportFile(const QString& path);

private:
    Workspace& m_ws;
    QTextStream& m_out;
    QTextStream& m_err;
};
