#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QCoreApplication>
#include <QDate>

class QUndoCommand;
class RoadmapStore;
class SettingsStore;
class SkillStore;
class Database;

// The undoable edits of the plan tree. Each returns a command to push on the
// workspace's undo stack; the command calls the store, and the store's signals
// update every view.
class RoadmapEdits
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapEdits)

public:
    static QUndoCommand* setStatus(RoadmapStore& store, const RoadmapNode& node,
                                   RoadmapNode::Status status);
    static QUndoCommand* rename(RoadmapStore& store, const RoadmapNode& node, const QString& title);
    static QUndoCommand* setNotes(RoadmapStore& store, const RoadmapNode& node,
                                  const QString& notes);
    static QUndoCommand* setDates(RoadmapStore& store, const RoadmapNode& node, const QDate& start,
                                  const QDate& due);
    static QUndoCommand* remove(RoadmapStore& store, const RoadmapNode& node);
    // Adds an item under parentId (0: top level) at position; dates from the parent.
    static QUndoCommand* addItem(RoadmapStore& store, qint64 parentId, int position,
                                 const QString& title, const QDate& start, const QDate& due);
    static QUndoCommand* move(RoadmapStore& store, const RoadmapNode& node, qint64 newParentId,
                              int newPosition);
};
