#include "TimelineFileActions.h"

#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanDescription.h"
#include "core/roadmap/PlanRedater.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapMarkdownWriter.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/LambdaCommand.h"
#include "core/storage/SettingsStore.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartExporter.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/ImportRunner.h"
#include "gui/common/StatusTimeouts.h"
#include "gui/timeline/RoadmapImportDialog.h"
#include "gui/timeline/TimelineStrip.h"
#include "gui/timeline/TimelineTab.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>

TimelineFileActions::TimelineFileActions(MainWindow& window, Workspace& workspace)
    : m_window(window)
    , m_ws(workspace)
{}

void TimelineFileActions::saveAs(const QString& caption, const QString& suggested,
                                 const QString& filter, const QString& done,
                                 const std::function<bool(const QString&, QString*)>& write)
{
    const QString path = FileDialogs::saveFileName(&m_window, caption, suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, &error)) {
        QMessageBox::warning(&m_window, caption, error);
        return;
    }
    m_window.statusBar()->showMessage(done.arg(path), StatusTimeouts::Done);
}

void TimelineFileActions::exportRoadmap()
{
    saveAs(tr("Export Roadmap"), QStringLiteral("roadmap.md"), tr("Markdown files (*.md)"),
           tr("Exported the plan to %1"), [this](const QString& path, QString* error) {
               const QByteArray text =
                   RoadmapMarkdownWriter::write(m_ws.roadmap().loadAll(),
                                                m_ws.settings().value(SettingsStore::PlanPreamble))
                       .toUtf8();
               return AtomicFile::write(path, text, error);
           });
}

void TimelineFileActions::exportStrip()
{
    saveAs(tr("Export Timeline Strip"), QStringLiteral("timeline.png"), tr("PNG images (*.png)"),
           tr("Saved the timeline strip to %1"), [this](const QString& path, QString* error) {
               // Twice the on-screen resolution, so the picture stays sharp when shared.
               const QImage image = m_window.timelineTab()->strip()->render(QSize(1600, 180), 2.0);
               return ChartExporter::writePng(image, path, error);
           });
}

void TimelineFileActions::changePlanStart()
{
    const QDate current =
        QDate::fromString(m_ws.settings().value(SettingsStore::PlanStart), Qt::ISODate);
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Plan Start Date"));
    auto* edit = new QDateEdit(current.isValid() ? current : QDate::currentDate(), &dialog);
    edit->setObjectName(QStringLiteral("planStartDateEdit"));
    edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    edit->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QFormLayout(&dialog);
    layout->addRow(new QLabel(tr("Months, weeks, years and milestones are dated from this "
                                 "month."),
                              &dialog));
    layout->addRow(tr("&Plan starts:"), edit);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate chosen(edit->date().year(), edit->date().month(), 1);
    if (chosen == current)
        return;
    setPlanStart(chosen);
}

void TimelineFileActions::setPlanStart(const QDate& start)
{
    const QDate before =
        QDate::fromString(m_ws.settings().value(SettingsStore::PlanStart), Qt::ISODate);
    Workspace& ws = m_ws;
    auto redate = [&ws](const QDate& date) {
        return PlanRedater::apply(ws.database(), ws.roadmap(), ws.skills(), ws.settings(), date);
    };
    m_ws.undoStack().push(new LambdaCommand(
        tr("Move the plan to start in %1")
            .arg(QLocale().toString(start, QStringLiteral("MMMM yyyy"))),
        [redate, start] { return redate(start); }, [redate, before] { return redate(before); }));
}

void TimelineFileActions::importRoadmap()
{
    const QString path =
        FileDialogs::openFileName(&m_window, tr("Import Roadmap"),
                                  tr("Markdown files (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    importFile(path);
}

bool TimelineFileActions::importFile(const QString& path)
{
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::readFile(path, &plan, &error)) {
        QMessageBox::warning(&m_window, tr("Import Roadmap"), error);
        return false;
    }
    // Hidden items too: a re-import brings them back, and the preview must count as it does.
    RoadmapImportDialog preview(path, plan, m_ws.roadmap().loadIncludingRemoved(), &m_window);
    if (m_previewHook)
        m_previewHook(preview);
    else
        preview.ask();
    if (preview.result() != QDialog::Accepted)
        return false;

    auto command =
        std::make_unique<ImportPlanCommand>(m_ws, plan, preview.mode(), preview.overrides());
    // The runner owns the command from here (and deletes it when it is not pushed).
    ImportPlanCommand* import = command.get();
    PlanImporter::Report report;
    QString cancelMessage;
    const bool ok = ImportRunner::run(
        m_ws, &m_window, tr("Importing %1").arg(QFileInfo(path).fileName()), int(plan.nodes.size()),
        [import, &report, &cancelMessage](const ChunkedWrite::Progress& progress, QString* why,
                                          bool* cancelled) {
            const bool done = import->run(progress);
            *why = import->errorString();
            *cancelled = import->wasCancelled();
            cancelMessage = *cancelled ? *why : QString();
            report = import->report();
            return done;
        },
        std::move(command));
    if (!ok) {
        if (!cancelMessage.isEmpty())
            m_window.statusBar()->showMessage(cancelMessage, StatusTimeouts::Done);
        return false;
    }
    m_window.statusBar()->showMessage(
        preview.mode() == ImportPlanCommand::Mode::Merge
            ? tr("Re-imported: %1").arg(PlanDescription::changes(report))
            : tr("Imported %n item(s) — Ctrl+Z undoes it", "", plan.itemCount()),
        StatusTimeouts::Result);
    return true;
}
