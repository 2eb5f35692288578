#pragma once

#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanMatcher.h"
#include "core/roadmap/RoadmapNode.h"
#include "gui/common/ImportPreviewDialog.h"

class QRadioButton;
class QLabel;

// The import preview of a roadmap file: the tree as it will be imported, what
// was recognised, warnings, and the choice between re-importing over the
// current plan and starting a new plan. On a re-import the tree says which
// current node each node continues (New, Matched, Renamed, Moved), and the
// user can correct a match from the context menu: import as new, or continue
// a different current node (MatchPickerDialog).
class RoadmapImportDialog : public ImportPreviewDialog
{
    Q_OBJECT
public:
    RoadmapImportDialog(const QString& fileName, const ParsedPlan& plan,
                        const QVector<RoadmapNode>& currentPlan, QWidget* parent = nullptr);

    ImportPlanCommand::Mode mode() const;
    // The matches the user corrected, for ImportPlanCommand.
    PlanMatcher::Overrides overrides() const { return m_overrides; }

private:
    enum Column
    {
        TitleColumn,
        DatesColumn,
        ContinuesColumn,
        MatchColumn
    };

    void fillTree();
    void updateChanges();
    void showMatchMenu(const QPoint& at);
    void pickMatch(int node);

    const ParsedPlan& m_plan;
    QVector<RoadmapNode> m_current;
    QRadioButton* m_merge;
    QRadioButton* m_replace;
    QLabel* m_changes;
    QVector<class QTreeWidgetItem*> m_items;
    QVector<int> m_matchOf; // per plan node: index into m_current, or -1
    PlanMatcher::Overrides m_overrides;
};
