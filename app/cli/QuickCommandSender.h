#pragma once

#include "core/remote/RemoteCommand.h"

#include <QString>

class QTextStream;

// --add-problem, --add-application and --tick: sent to the window that holds
// the file when there is one (it applies the command as one undo step and
// shows it), otherwise applied to the file directly. Prints one line.
class QuickCommandSender
{
public:
    static int run(const QString& databasePath, const RemoteCommand& command, QTextStream& out,
                   QTextStream& err);
};
