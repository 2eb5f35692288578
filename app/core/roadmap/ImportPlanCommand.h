#pragma once

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanImporter.h"
#include "core/roadmap/PlanSnapshot.h"

#include <QUndoCommand>

class Workspace;

// Imports a plan (as a new plan or over the current one) as one undoable step:
// undo puts back the plan, targets, milestones and settings as they were.
class ImportPlanCommand : public QUndoCommand
{
public:
    enum class Mode
    {
        Replace,
        Merge
    };

    // `overrides`: matches the user corrected in the preview (see PlanMatcher).
    ImportPlanCommand(Workspace& workspace, ParsedPlan plan, Mode mode,
                      PlanMatcher::Overrides overrides = {});

    // Does the import; call once before pushing. False when it failed or was cancelled.
    bool run(const PlanImporter::Progress& progress = {});
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    PlanImporter::Report report() const { return m_report; }

    void undo() override;
    void redo() override;

private:
    void restore(const PlanSnapshot& snapshot);

    Workspace& m_ws;
    ParsedPlan m_plan;
    Mode m_mode;
    PlanMatcher::Overrides m_overrides;
    PlanSnapshot m_before;
    PlanSnapshot m_after;
    PlanImporter::Report m_report;
    QString m_error;
    bool m_cancelled = false;
    bool m_done = false;
};
