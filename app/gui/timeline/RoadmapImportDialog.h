#pragma once

#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/RoadmapNode.h"

#include <QDialog>

class QRadioButton;
class QLabel;

// Shows what a roadmap file holds — the tree, item and done counts, what was
// recognised, warnings — before anything is written, and lets the user choose
// between re-importing over the current plan and starting a new plan. On a
// re-import the tree says which current node each renamed or moved one
// continues, and the user can undo a match (right-click › Import as New).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString& fileName, const ParsedPlan& plan,
                        const QVector<RoadmapNode>& currentPlan, QWidget* parent = nullptr);

    ImportPlanCommand::Mode mode() const;
    // Matches the user undid in the tree ("import as new"): plan node → -1.
    QHash<int, int> overrides() const { return m_overrides; }

private:
    void updateChanges();
    void showMatchMenu(const QPoint& at);

    const ParsedPlan& m_plan;
    QVector<RoadmapNode> m_current;
    QRadioButton* m_merge;
    QRadioButton* m_replace;
    QLabel* m_changes;
    class QTreeWidget* m_tree;
    QVector<class QTreeWidgetItem*> m_items;
    QHash<int, int> m_overrides;
};
