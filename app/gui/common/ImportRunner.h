#pragma once

#include "core/storage/ChunkedWrite.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QUndoCommand;
class QWidget;
class Workspace;

// The one way the window runs an import once its preview was accepted, for
// roadmaps, problem lists and applications alike: a backup first, then the
// write (one transaction) under a progress dialog with Cancel, which rolls it
// all back, then the import's one undo step on the window's stack.
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    // Runs the write; false when it failed or was cancelled (*cancelled says which).
    using Job = std::function<bool(const ChunkedWrite::Progress& progress, QString* error,
                                   bool* cancelled)>;

    // True when the rows are in and `step` (whose first redo must not write
    // again: the job did) is on the undo stack. On failure a message box
    // explains; a cancel just returns false. Either way nothing is pushed.
    static bool run(Workspace& workspace, QWidget* parent, const QString& title, int total,
                    const Job& job, std::unique_ptr<QUndoCommand> step);

    // Test seam: answers each progress report instead of the dialog (false cancels).
    static void setProgressHook(std::function<bool(int done, int total)> hook);
};
