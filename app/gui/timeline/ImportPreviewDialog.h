#pragma once

#include "roadmap/ImportPlanCommand.h"
#include "roadmap/ParsedPlan.h"
#include "roadmap/RoadmapNode.h"

#include <QDialog>

class QRadioButton;
class QLabel;

// Shows what a roadmap file holds — the tree, item and done counts, what was
// recognised, warnings — before anything is written, and lets the user choose
// between re-importing over the current plan and starting a new plan.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString& fileName, const ParsedPlan& plan,
                        const QVector<RoadmapNode>& currentPlan, QWidget* parent = nullptr);

    ImportPlanCommand::Mode mode() const;

private:
    void updateChanges();

    const ParsedPlan& m_plan;
    QVector<RoadmapNode> m_current;
    QRadioButton* m_merge;
    QRadioButton* m_replace;
    QLabel* m_changes;
};
