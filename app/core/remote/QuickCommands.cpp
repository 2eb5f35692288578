#include "QuickCommands.h"

#include "core/Workspace.h"
#include "core/dsa/AddProblemCommand.h"
#include "core/dsa/ProblemQuickAdd.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationQuickAdd.h"
#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"

#include <QDir>

QString QuickCommands::refusal(Workspace& workspace, const QString& what)
{
    const Database& db = workspace.database();
    if (db.isReadOnly())
        return tr("%1: %2 is open read-only").arg(what, QDir::toNativeSeparators(db.path()));
    return tr("%1 to %2 (%3)").arg(what, QDir::toNativeSeparators(db.path()), db.lastSqlError());
}

RemoteReply QuickCommands::apply(Workspace& workspace, const RemoteCommand& command,
                                 const QDate& today)
{
    switch (command.kind) {
    case RemoteCommand::Kind::AddProblem:
        return addProblem(workspace, command.text, today);
    case RemoteCommand::Kind::AddApplication:
        return addApplication(workspace, command.text, today);
    case RemoteCommand::Kind::Tick:
        return tick(workspace, command.text);
    case RemoteCommand::Kind::Show:
        break;
    }
    return {2, tr("--show needs the planner window")};
}

RemoteReply QuickCommands::addProblem(Workspace& workspace, const QString& line, const QDate& today)
{
    Problem problem;
    QString error;
    if (!ProblemQuickAdd::parse(line, today, &problem, &error))
        return {2, error};
    if (workspace.problems().exists(problem.slug))
        return {1, tr("\"%1\" is already in your log").arg(problem.title)};
    // A refused or failed step is gone (the stack said why in the window).
    if (!workspace.undoStack().push(new AddProblemCommand(workspace.problems(), problem)))
        return {1, refusal(workspace, tr("\"%1\" could not be saved").arg(problem.title))};
    QStringList details{Problem::difficultyKey(problem.difficulty),
                        Problem::statusKey(problem.status)};
    for (const QString& topic : problem.topics)
        details << QLatin1Char('#') + topic;
    return {0,
            tr("Added problem \"%1\" (%2)").arg(problem.title, details.join(QStringLiteral(", ")))};
}

RemoteReply QuickCommands::addApplication(Workspace& workspace, const QString& line,
                                          const QDate& today)
{
    Application application;
    QString error;
    if (!ApplicationQuickAdd::parse(line, today, &application, &error))
        return {2, error};
    if (!workspace.undoStack().push(
            new AddApplicationCommand(workspace.applications(), application)))
        return {
            1,
            refusal(workspace,
                    tr("%1 — %2 could not be saved").arg(application.company, application.role))};
    if (application.source.isEmpty())
        return {0, tr("Added application: %1 — %2").arg(application.company, application.role)};
    return {0, tr("Added application: %1 — %2 (%3)")
                   .arg(application.company, application.role, application.source)};
}

RemoteReply QuickCommands::tick(Workspace& workspace, const QString& title)
{
    const QString wanted = title.simplified();
    if (wanted.isEmpty())
        return {2, tr("--tick needs the title of a roadmap item")};
    // The exact title first (ignoring case), then a unique part of one.
    QVector<RoadmapNode> exact;
    QVector<RoadmapNode> partial;
    for (const RoadmapNode& node : workspace.roadmap().loadAll()) {
        if (!node.isItem() || node.removed)
            continue;
        if (node.title.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(node);
        else if (node.title.contains(wanted, Qt::CaseInsensitive))
            partial.append(node);
    }
    const QVector<RoadmapNode>& hits = exact.isEmpty() ? partial : exact;
    if (hits.isEmpty())
        return {1, tr("no roadmap item is called \"%1\"").arg(wanted)};
    if (hits.size() > 1) {
        QStringList names;
        for (int i = 0; i < hits.size() && i < 3; ++i)
            names << QLatin1Char('"') + hits.at(i).title + QLatin1Char('"');
        if (hits.size() > names.size())
            names << QStringLiteral("…");
        return {1, tr("\"%1\" matches more than one roadmap item (%2); give the whole title")
                       .arg(wanted, names.join(QStringLiteral(", ")))};
    }
    const RoadmapNode& node = hits.first();
    if (node.status == RoadmapNode::Status::Done)
        return {0, tr("\"%1\" was already done").arg(node.title)};
    if (!workspace.undoStack().push(
            RoadmapEdits::setStatus(workspace.roadmap(), node, RoadmapNode::Status::Done)))
        return {1, refusal(workspace, tr("\"%1\" could not be ticked").arg(node.title))};
    return {0, tr("Ticked \"%1\"").arg(node.title)};
}
