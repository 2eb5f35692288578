#include "RoadmapEdits.h"

#include "core/roadmap/RoadmapStore.h"
#include "core/storage/LambdaCommand.h"

#include <memory>

QUndoCommand* RoadmapEdits::setStatus(RoadmapStore& store, const RoadmapNode& node,
                                      RoadmapNode::Status status)
{
    const qint64 id = node.id;
    const RoadmapNode::Status before = node.status;
    QString text;
    switch (status) {
    case RoadmapNode::Status::Done:
        text = tr("Tick \"%1\"").arg(node.title);
        break;
    case RoadmapNode::Status::Todo:
        text = tr("Untick \"%1\"").arg(node.title);
        break;
    case RoadmapNode::Status::Doing:
        text = tr("Start \"%1\"").arg(node.title);
        break;
    case RoadmapNode::Status::Skipped:
        text = tr("Skip \"%1\"").arg(node.title);
        break;
    }
    return new LambdaCommand(
        text, [&store, id, status] { return store.setStatus(id, status); },
        [&store, id, before] { return store.setStatus(id, before); });
}

QUndoCommand* RoadmapEdits::rename(RoadmapStore& store, const RoadmapNode& node,
                                   const QString& title)
{
    const qint64 id = node.id;
    const QString before = node.titleMarkdown.isEmpty() ? node.title : node.titleMarkdown;
    const QString beforePlain = node.title;
    return new LambdaCommand(
        tr("Rename \"%1\"").arg(node.title),
        [&store, id, title] { return store.setTitle(id, title); },
        [&store, id, before, beforePlain] { return store.setTitle(id, beforePlain, before); });
}

QUndoCommand* RoadmapEdits::setNotes(RoadmapStore& store, const RoadmapNode& node,
                                     const QString& notes)
{
    const qint64 id = node.id;
    const QString before = node.notes;
    return new LambdaCommand(
        tr("Edit the notes of \"%1\"").arg(node.title),
        [&store, id, notes] { return store.setNotes(id, notes); },
        [&store, id, before] { return store.setNotes(id, before); });
}

QUndoCommand* RoadmapEdits::setDates(RoadmapStore& store, const RoadmapNode& node,
                                     const QDate& start, const QDate& due)
{
    const qint64 id = node.id;
    const QDate oldStart = node.startDate;
    const QDate oldDue = node.dueDate;
    return new LambdaCommand(
        tr("Change the dates of \"%1\"").arg(node.title),
        [&store, id, start, due] { return store.setDates(id, start, due); },
        [&store, id, oldStart, oldDue] { return store.setDates(id, oldStart, oldDue); });
}

QUndoCommand* RoadmapEdits::remove(RoadmapStore& store, const RoadmapNode& node)
{
    const qint64 id = node.id;
    // Undo brings back what this step hid, not children deleted before it.
    auto hidden = std::make_shared<QVector<qint64>>();
    return new LambdaCommand(
        tr("Delete \"%1\"").arg(node.title),
        [&store, id, hidden] {
            *hidden = store.hide(id);
            return !hidden->isEmpty();
        },
        [&store, id, hidden] { return store.unhide(id, *hidden); });
}

QUndoCommand* RoadmapEdits::addItem(RoadmapStore& store, qint64 parentId, int position,
                                    const QString& title, const QDate& start, const QDate& due)
{
    // The id is known only after the first redo; undo removes that row for good.
    auto id = std::make_shared<qint64>(0);
    return new LambdaCommand(
        tr("Add \"%1\"").arg(title),
        [&store, id, parentId, position, title, start, due] {
            RoadmapNode n;
            n.parentId = parentId;
            n.kind = RoadmapNode::Kind::Item;
            n.title = title;
            n.titleMarkdown = title;
            n.startDate = start;
            n.dueDate = due;
            *id = store.insertNodeAt(n, position);
            return *id != 0;
        },
        [&store, id] { return store.deleteNode(*id); });
}

QUndoCommand* RoadmapEdits::move(RoadmapStore& store, const RoadmapNode& node, qint64 newParentId,
                                 int newPosition)
{
    const qint64 id = node.id;
    const qint64 oldParent = node.parentId;
    const int oldPosition = node.position;
    return new LambdaCommand(
        tr("Move \"%1\"").arg(node.title),
        [&store, id, newParentId, newPosition] { return store.move(id, newParentId, newPosition); },
        [&store, id, oldParent, oldPosition] { return store.move(id, oldParent, oldPosition); });
}
