#include "ImportRunner.h"

#include "core/Workspace.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"

#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>

namespace {
std::function<bool(int, int)>& progressHook()
{
    static std::function<bool(int, int)> hook;
    return hook;
}
} // namespace

void ImportRunner::setProgressHook(std::function<bool(int, int)> hook)
{
    progressHook() = std::move(hook);
}

bool ImportRunner::run(Workspace& ws, QWidget* parent, const QString& title, int total,
                       const Job& job, std::unique_ptr<QUndoCommand> step)
{
    if (ws.isReadOnly()) {
        QMessageBox::information(parent, title,
                                 tr("%1 is open read-only, so nothing can be imported into it. "
                                    "Save a copy to a folder you can write to (the bar above the "
                                    "tabs), then import into the copy.")
                                     .arg(QDir::toNativeSeparators(ws.database().path())));
        return false;
    }
    // A copy first: undo covers this session, the copy covers everything after it.
    if (ws.backups().backUp(QStringLiteral("before-import")).isEmpty() &&
        QMessageBox::warning(
            parent, title,
            tr("%1\n\nImport anyway, without a backup?").arg(ws.backups().errorString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;

    // Large files show progress and can be cancelled; the transaction then rolls back.
    QProgressDialog dialog(tr("%1…").arg(title), tr("Cancel"), 0, total, parent);
    dialog.setObjectName(QStringLiteral("importProgressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    const auto progress = [&dialog](int done, int all) {
        if (progressHook())
            return progressHook()(done, all);
        dialog.setMaximum(all);
        dialog.setValue(done);
        return !dialog.wasCanceled();
    };
    QString error;
    bool cancelled = false;
    const bool ok = job(progress, &error, &cancelled);
    dialog.reset();
    if (!ok) {
        if (!cancelled)
            QMessageBox::warning(parent, title, error);
        return false;
    }
    ws.undoStack().push(step.release());
    return true;
}
