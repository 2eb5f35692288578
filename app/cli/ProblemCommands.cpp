#include "ProblemCommands.h"

#include "core/Workspace.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemCsvWriter.h"
#include "core/dsa/ProblemImporter.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/io/AtomicFile.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTextStream>

int ProblemCommands::importProblems(Workspace& ws, const QString& path,
                                    const ImportOptions& options, QTextStream& out,
                                    QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const CatalogueReader::Result read = CatalogueReader::read(file.readAll());
    if (!read.ok()) {
        err << path << ": " << read.error << '\n';
        return 1;
    }
    const ProblemImporter::Preview preview =
        ProblemImporter::preview(read, ws.problems().duplicateKeys());
    const bool blocked = !preview.issues.isEmpty() && !options.skipBadRows;
    for (const ImportIssue& issue : preview.issues)
        err << (blocked ? QString() : tr("skipped ")) << issue.describe(path) << '\n';
    if (blocked) {
        err << tr("%1: nothing was imported; fix the line(s) above or pass --skip-bad-rows")
                   .arg(path)
            << '\n';
        return 1;
    }
    for (const ImportIssue& issue : preview.warnings)
        err << tr("warning: ") << issue.describe(path) << '\n';
    // Skipping every row is not a success: the file had rows and none of them was read.
    if (preview.toAdd.isEmpty() && preview.duplicates.isEmpty() && !preview.issues.isEmpty()) {
        err << tr("%1: nothing was imported: every row has a problem (see above)").arg(path)
            << '\n';
        return 1;
    }
    if (options.dryRun) {
        for (const CatalogueReader::Row& row : preview.toAdd)
            out << tr("would import") << ' ' << path << ':' << row.line << ": "
                << ProblemImporter::describe(row.problem) << '\n';
        for (const CatalogueReader::Row& row : preview.duplicates)
            out << tr("duplicate") << ' ' << path << ':' << row.line << ": " << row.problem.title
                << '\n';
        out << tr("Dry run: %n problem(s) would be imported", nullptr, int(preview.toAdd.size()))
            << tr(", %n duplicate(s) left out", nullptr, int(preview.duplicates.size()))
            << tr(", %n bad row(s) skipped; nothing was written.", nullptr,
                  int(preview.issues.size()))
            << '\n';
        return 0;
    }
    // The same write as the window's: a backup of a file that held data, then
    // one transaction.
    QString error;
    if (!ws.database().wasCreated() &&
        ws.backups().backUp(QStringLiteral("before-import")).isEmpty()) {
        err << path << ": " << ws.backups().errorString() << '\n';
        return 1;
    }
    ReplaceProblemsCommand command(
        ws.problems(), {}, ProblemImporter::records(preview, QDate::currentDate()), QString());
    if (!command.run(ws.database(), {}, &error)) {
        err << path << ": " << tr("nothing was imported: %1").arg(error) << '\n';
        return 1;
    }
    out << tr("Imported %n problem(s)", nullptr, int(preview.toAdd.size()))
        << tr(", %n duplicate(s) left out", nullptr, int(preview.duplicates.size()))
        << tr(", %n bad row(s) skipped.", nullptr, int(preview.issues.size())) << '\n';
    return 0;
}

int ProblemCommands::exportProblems(Workspace& ws, const QString& path, QTextStream& out,
                                    QTextStream& err)
{
    const QVector<Problem> problems = ws.problems().loadAll();
    QString error;
    if (!AtomicFile::write(path, ProblemCsvWriter::write(problems), &error)) {
        err << error << '\n';
        return 1;
    }
    out << tr("Exported %n problem(s) to ", nullptr, int(problems.size())) << path << '\n';
    return 0;
}
