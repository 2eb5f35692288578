#pragma once

#include "RoadmapNode.h"

#include <QUndoCommand>

class RoadmapStore;

// Ticks, unticks or skips one node; undo restores the previous status.
class SetNodeStatusCommand : public QUndoCommand
{
public:
    SetNodeStatusCommand(RoadmapStore& store, qint64 id, const QString& title,
                         RoadmapNode::Status from, RoadmapNode::Status to);
    void undo() override;
    void redo() override;

private:
    RoadmapStore& m_store;
    qint64 m_id;
    RoadmapNode::Status m_from;
    RoadmapNode::Status m_to;
};
