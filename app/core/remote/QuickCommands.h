#pragma once

#include "core/remote/RemoteCommand.h"

#include <QCoreApplication>
#include <QDate>

class Workspace;

// The command-line quick adds (--add-problem, --add-application, --tick),
// applied the way the tabs apply them: parsed with the tab's grammar, then
// one undo command on the workspace's stack. The window runs them for a
// second process; without a window the command line runs them on the file.
class QuickCommands
{
    Q_DECLARE_TR_FUNCTIONS(QuickCommands)

public:
    // Show is the window's own business and is refused here.
    static RemoteReply apply(Workspace& workspace, const RemoteCommand& command,
                             const QDate& today);

private:
    static RemoteReply addProblem(Workspace& workspace, const QString& line, const QDate& today);
    static RemoteReply addApplication(Workspace& workspace, const QString& line,
                                      const QDate& today);
    static RemoteReply tick(Workspace& workspace, const QString& title);
    // Why a step was not saved: the file is read-only, or SQLite's reason.
    static QString refusal(Workspace& workspace, const QString& what);
};
