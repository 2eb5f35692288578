#include "ImportPlanCommand.h"

#include "core/Workspace.h"
#include "core/dsa/TopicStore.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillStore.h"

#include <QCoreApplication>

ImportPlanCommand::ImportPlanCommand(Workspace& workspace, ParsedPlan plan, Mode mode,
                                     PlanMatcher::Overrides overrides)
    : m_ws(workspace)
    , m_plan(std::move(plan))
    , m_mode(mode)
    , m_overrides(std::move(overrides))
{
    setText(
        mode == Mode::Merge
            ? QCoreApplication::translate("ImportPlanCommand", "Re-import \"%1\"").arg(m_plan.title)
            : QCoreApplication::translate("ImportPlanCommand", "Import \"%1\"").arg(m_plan.title));
}

bool ImportPlanCommand::run(const PlanImporter::Progress& progress)
{
    m_before = PlanSnapshot::take(m_ws.database());
    PlanImporter importer(m_ws.database(), m_ws.roadmap(), m_ws.topics(), m_ws.skills(),
                          m_ws.settings());
    const bool ok = m_mode == Mode::Merge
                        ? importer.mergePlan(m_plan, &m_report, progress, m_overrides)
                        : importer.replacePlan(m_plan, progress);
    if (!ok) {
        m_error = importer.errorString();
        m_cancelled = importer.wasCancelled();
        return false;
    }
    if (m_mode == Mode::Replace)
        m_report.added = int(m_plan.nodes.size());
    m_done = true;
    return true;
}

void ImportPlanCommand::redo()
{
    // The first redo comes from QUndoStack::push, after run() already imported.
    if (m_after.isEmpty())
        return;
    restore(m_after);
}

void ImportPlanCommand::undo()
{
    if (!m_done)
        return;
    if (m_after.isEmpty())
        m_after = PlanSnapshot::take(m_ws.database());
    restore(m_before);
}

void ImportPlanCommand::restore(const PlanSnapshot& snapshot)
{
    if (!snapshot.restore(m_ws.database()))
        return;
    m_ws.roadmap().announceReset();
    m_ws.skills().announceReset();
    m_ws.topics().announceReset();
}
