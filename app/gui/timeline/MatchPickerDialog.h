#pragma once

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/RoadmapNode.h"

#include <QDialog>

class QListWidget;

// Lets the user say which current node a node of a re-imported file continues,
// when matching by content guessed wrong: the current nodes of the same kind,
// most alike first, each with its heading path.
class MatchPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the id matched now (0: none), selected at first.
    MatchPickerDialog(const ParsedPlan::Node& node, const QVector<RoadmapNode>& stored,
                      qint64 current, QWidget* parent = nullptr);

    qint64 chosenId() const; // 0 when nothing is selected
    QListWidget* candidates() const { return m_list; }

private:
    QListWidget* m_list;
};
