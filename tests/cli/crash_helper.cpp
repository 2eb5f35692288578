// planner-crash-helper: runs one write the command line has no option for,
// exactly as the window runs it, so tst_crash can kill it half-way:
//   planner-crash-helper bulk-edit DB        every problem set to hard, one undo step
//   planner-crash-helper restore DB BACKUP   File › Restore… of BACKUP
//   planner-crash-helper backup DB           File › Back Up Now
// Exit code 0 when the write completed, 1 with the reason on stderr otherwise.

#include "core/Workspace.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/storage/BackupManager.h"
#include "core/storage/EditStack.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
int fail(const QString& message)
{
    QTextStream(stderr) << "planner-crash-helper: " << message << '\n';
    return 1;
}

bool bulkEdit(Workspace& ws)
{
    QVector<qint64> ids;
    for (const Problem& p : ws.problems().loadAll())
        ids.append(p.id);
    const QVector<ProblemRecord> before = ws.problems().records(ids);
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after)
        r.problem.difficulty = Problem::Difficulty::Hard;
    auto* command = new ReplaceProblemsCommand(ws.problems(), before, after,
                                               QStringLiteral("Set every problem to hard"));
    // The stack deletes a step that failed, so its answer is the one to ask.
    return ws.undoStack().push(command);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: bulk-edit DB | restore DB BACKUP | backup DB"));
    Workspace ws;
    if (!ws.open(args[1], Workspace::Seed::Nothing))
        return fail(ws.errorString());
    const QString what = args[0];
    if (what == QLatin1String("bulk-edit"))
        return bulkEdit(ws) ? 0 : fail(ws.problems().errorString());
    if (what == QLatin1String("restore") && args.size() == 3)
        return ws.backups().restore(args[2]) ? 0 : fail(ws.backups().errorString());
    if (what == QLatin1String("backup"))
        return ws.backups().backUp(QStringLiteral("manual")).isEmpty()
                   ? fail(ws.backups().errorString())
                   : 0;
    return fail(QStringLiteral("unknown write: %1").arg(what));
}
