#include "CommandReceiver.h"

#include "core/remote/QuickCommands.h"
#include "gui/MainWindow.h"
#include "gui/common/StatusTimeouts.h"

#include <QDate>
#include <QStatusBar>

CommandReceiver::CommandReceiver(MainWindow& window, Workspace& workspace)
    : m_window(window)
    , m_ws(workspace)
{}

QString CommandReceiver::targetFor(const QString& show)
{
    if (show == u"add-problem")
        return QStringLiteral("dsa/add");
    if (show == u"add-application")
        return QStringLiteral("applications/add");
    return show;
}

RemoteReply CommandReceiver::run(const RemoteCommand& command)
{
    if (command.kind == RemoteCommand::Kind::Show) {
        if (!command.text.isEmpty() && !RemoteCommand::ShowTargets.contains(command.text))
            return {2,
                    tr("--show '%1' is not one of: %2")
                        .arg(command.text, RemoteCommand::ShowTargets.join(QStringLiteral(", ")))};
        m_window.openTarget(targetFor(command.text));
        return {0, QString()};
    }
    const RemoteReply reply = QuickCommands::apply(m_ws, command, QDate::currentDate());
    if (!reply.ok())
        return reply;
    const QString tab = command.kind == RemoteCommand::Kind::AddProblem ? QStringLiteral("dsa")
                        : command.kind == RemoteCommand::Kind::AddApplication
                            ? QStringLiteral("applications")
                            : QStringLiteral("timeline");
    m_window.showTab(tab);
    m_window.statusBar()->showMessage(tr("%1 — Ctrl+Z undoes it").arg(reply.message),
                                      StatusTimeouts::Result);
    return reply;
}
