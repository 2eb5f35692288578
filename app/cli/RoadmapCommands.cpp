#include "RoadmapCommands.h"

#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/PlanDescription.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapMarkdownWriter.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {
int fail(QTextStream& err, const QString& message)
{
    err << QCoreApplication::applicationName() << ": " << message << '\n';
    err.flush();
    return 1;
}
} // namespace

int RoadmapCommands::importRoadmap(const QString& databasePath, const QString& file, bool dryRun,
                                   QTextStream& out, QTextStream& err)
{
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::readFile(file, &plan, &error))
        return fail(err, error);

    const bool exists = QFileInfo::exists(databasePath);
    out << (dryRun ? tr("Would import %1: %2") : tr("Importing %1: %2"))
               .arg(file, PlanDescription::counts(plan))
        << '\n';
    for (const QString& line : PlanDescription::recognised(plan))
        out << "  " << line << '\n';
    for (const QString& warning : plan.warnings)
        out << "  " << tr("warning: %1").arg(warning) << '\n';

    if (dryRun && !exists) {
        out << tr("%1 does not exist; it would be created holding just this plan.")
                   .arg(databasePath)
            << '\n';
        out.flush();
        return 0;
    }
    Workspace ws;
    if (!ws.open(databasePath, Workspace::Seed::Nothing))
        return fail(err, ws.errorString());
    const bool merge = !ws.roadmap().loadAll().isEmpty();
    if (dryRun) {
        const PlanImporter::Report report =
            PlanImporter::preview(ws.roadmap().loadIncludingRemoved(), plan);
        out << tr("Re-import over the current plan: %1").arg(PlanDescription::changes(report))
            << '\n';
        for (const QString& line : PlanDescription::inherited(plan, report))
            out << "  " << line << '\n';
        out << tr("Dry run: nothing was written.") << '\n';
        out.flush();
        return 0;
    }
    // As the window does: a backup of a file that held data before it changes.
    if (exists && ws.backups().backUp(QStringLiteral("before-import")).isEmpty())
        return fail(err, ws.backups().errorString());
    ImportPlanCommand command(
        ws, plan, merge ? ImportPlanCommand::Mode::Merge : ImportPlanCommand::Mode::Replace);
    if (!command.run())
        return fail(err, command.errorString());
    if (merge) {
        out << tr("Re-imported over the current plan: %1")
                   .arg(PlanDescription::changes(command.report()))
            << '\n';
        for (const QString& line : PlanDescription::inherited(plan, command.report()))
            out << "  " << line << '\n';
    } else
        out << tr("Imported into %1.").arg(databasePath) << '\n';
    out.flush();
    return 0;
}

int RoadmapCommands::exportRoadmap(const QString& databasePath, const QString& file,
                                   QTextStream& out, QTextStream& err)
{
    if (!QFileInfo::exists(databasePath))
        return fail(err, tr("%1: no such database").arg(databasePath));
    Workspace ws;
    // Reading only: a read-only file exports as well as any.
    if (!ws.open(databasePath, Workspace::Seed::Nothing, Database::Check::BeforeOpening,
                 Database::Access::WriteOrRead))
        return fail(err, ws.errorString());
    const QVector<RoadmapNode> nodes = ws.roadmap().loadAll();
    const QByteArray text =
        RoadmapMarkdownWriter::write(nodes, ws.settings().value(SettingsStore::PlanPreamble))
            .toUtf8();
    QString error;
    if (!AtomicFile::write(file, text, &error))
        return fail(err, error);
    int items = 0;
    for (const RoadmapNode& n : nodes)
        items += n.isItem() ? 1 : 0;
    out << tr("Exported %1 items to %2").arg(items).arg(file) << '\n';
    out.flush();
    return 0;
}
