#pragma once

#include "core/remote/RemoteCommand.h"

#include <QCoreApplication>

class MainWindow;
class Workspace;

// The window's side of the commands a second process sends (--add-problem,
// --add-application, --tick, --show): each quick add is one step on the
// window's undo stack, and the window shows it — the tab comes up and the
// status bar says what was added — without stealing the focus.
class CommandReceiver
{
    Q_DECLARE_TR_FUNCTIONS(CommandReceiver)

public:
    CommandReceiver(MainWindow& window, Workspace& workspace);
    RemoteReply run(const RemoteCommand& command);

    // The window's openTarget() for a --show value.
    static QString targetFor(const QString& show);

private:
    MainWindow& m_window;
    Workspace& m_ws;
};
