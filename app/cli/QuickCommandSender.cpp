#include "QuickCommandSender.h"

#include "core/Workspace.h"
#include "core/remote/QuickCommands.h"
#include "gui/SingleInstance.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

int QuickCommandSender::run(const QString& databasePath, const RemoteCommand& command,
                            QTextStream& out, QTextStream& err)
{
    RemoteReply reply;
    if (!SingleInstance::send(databasePath, command, &reply)) {
        // No window on the file: the same commands, on a workspace of our own.
        Workspace workspace;
        if (!workspace.open(databasePath))
            reply = {1, workspace.errorString()};
        else
            reply = QuickCommands::apply(workspace, command, QDate::currentDate());
    }
    if (reply.ok())
        out << reply.message << '\n';
    else
        err << QCoreApplication::applicationName() << ": " << reply.message << '\n';
    out.flush();
    err.flush();
    return reply.code;
}
