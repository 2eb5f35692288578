#include "SetNodeStatusCommand.h"

#include "RoadmapStore.h"

#include <QCoreApplication>

SetNodeStatusCommand::SetNodeStatusCommand(RoadmapStore& store, qint64 id, const QString& title,
                                           RoadmapNode::Status from, RoadmapNode::Status to)
    : m_store(store)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
    setText(to == RoadmapNode::Status::Done
                ? QCoreApplication::translate("SetNodeStatusCommand", "Tick \"%1\"").arg(title)
                : QCoreApplication::translate("SetNodeStatusCommand", "Untick \"%1\"").arg(title));
}

void SetNodeStatusCommand::undo()
{
    m_store.setStatus(m_id, m_from);
}

void SetNodeStatusCommand::redo()
{
    m_store.setStatus(m_id, m_to);
}
