#include "ApplicationCsvCommands.h"

#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationCsvExporter.h"
#include "core/jobs/ApplicationCsvImporter.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

ApplicationCsvCommands::ApplicationCsvCommands(Workspace& workspace, QTextStream& out,
                                               QTextStream& err)
    : m_ws(workspace)
    , m_out(out)
    , m_err(err)
{}

int ApplicationCsvCommands::importFile(const QString& path, bool dryRun, bool skipBadRows)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << name << ": " << file.errorString() << '\n';
        return 1;
    }
    const ApplicationCsvImporter::Result r = ApplicationCsvImporter::read(
        file.readAll(), name, m_ws.applications().loadAll(), m_ws.applicationModel().today());
    if (!r.fatal.isEmpty()) {
        m_err << name << ": " << r.fatal << '\n';
        return 1;
    }
    if (dryRun) {
        m_out << tr("%1: columns").arg(name);
        if (!r.preset.isEmpty())
            m_out << ' ' << tr("(%1 export)").arg(r.preset);
        m_out << '\n';
        for (int i = 0; i < r.headers.size(); ++i)
            m_out << "  " << r.headers[i] << " -> "
                  << ApplicationCsvMapping::fieldName(r.mapping.value(i)) << '\n';
    }
    for (const ImportIssue& issue : r.problems)
        (dryRun ? m_out : m_err) << issue.describe(name) << '\n';
    for (const ImportIssue& issue : r.warnings)
        (dryRun ? m_out : m_err) << tr("warning: %1").arg(issue.describe(name)) << '\n';
    for (const ImportIssue& issue : r.skipped)
        m_out << issue.describe(name) << ' ' << tr("(skipped)") << '\n';
    if (dryRun) {
        // What each row becomes, so the user can check the reading before writing.
        for (const ApplicationCsvImporter::Row& row : r.rows)
            m_out << name << ':' << row.line << ": "
                  << ApplicationCsvImporter::describe(row.record.application) << '\n';
        m_out << tr("%1: %2 to import, %3 cannot be imported, %4 skipped, %5 warning(s); nothing "
                    "was written")
                     .arg(name)
                     .arg(r.rows.size())
                     .arg(r.problems.size())
                     .arg(r.skipped.size())
                     .arg(r.warnings.size())
              << '\n';
        return 0;
    }
    if (!r.problems.isEmpty() && !skipBadRows) {
        const int bad = int(r.problems.size());
        m_err << tr("%1: nothing imported: %n row(s) cannot be imported "
                    "(--skip-bad-rows imports the others)",
                    "", bad)
                     .arg(name)
              << '\n';
        return 1;
    }
    // Skipping every row is not a success: the file had rows and none could be read.
    if (r.rows.isEmpty() && !r.problems.isEmpty()) {
        m_err << tr("%1: nothing imported: every row has a problem (see above)").arg(name) << '\n';
        return 1;
    }
    // The same write as the window's: a backup of a file that held data, then
    // one transaction.
    QString error;
    if (!m_ws.database().wasCreated() &&
        m_ws.backups().backUp(QStringLiteral("before-import")).isEmpty()) {
        m_err << tr("%1: nothing imported: %2").arg(name, m_ws.backups().errorString()) << '\n';
        return 1;
    }
    AddApplicationCommand command(m_ws.applications(), ApplicationCsvImporter::records(r),
                                  QString());
    if (!command.run(m_ws.database(), {}, &error)) {
        m_err << tr("%1: nothing imported: %2").arg(name, error) << '\n';
        return 1;
    }
    QStringList lines;
    for (const ImportIssue& issue : r.problems)
        lines.append(QString::number(issue.line));
    const int imported = int(r.rows.size());
    m_out << tr("%1: imported %n application(s)", "", imported).arg(name);
    if (!lines.isEmpty())
        m_out << "; " << tr("skipped bad lines %1").arg(lines.join(QStringLiteral(", ")));
    m_out << '\n';
    return 0;
}

int ApplicationCsvCommands::exportFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    ApplicationStore& store = m_ws.applications();
    const QVector<Application> apps = store.loadAll();
    QString error;
    if (!AtomicFile::write(path, ApplicationCsvExporter::applications(apps, store.allHistory()),
                           &error)) {
        m_err << error << '\n';
        return 1;
    }
    const int exported = int(apps.size());
    m_out << tr("%1: exported %n application(s)", "", exported).arg(name) << '\n';
    return 0;
}
