#pragma once

#include "RoadmapNode.h"

#include <QObject>
#include <QVector>

class Database;

// Reads and writes the plan tree (table roadmap_node).
class RoadmapStore : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int items = 0;
        int done = 0;
    };

    explicit RoadmapStore(Database& db, QObject* parent = nullptr);

    // Every node that is not marked removed, parents before children, siblings in order.
    QVector<RoadmapNode> loadAll() const;
    Counts counts() const;

    // Returns the new id, or 0 on failure.
    qint64 insertNode(const RoadmapNode& node);
    bool setStatus(qint64 id, RoadmapNode::Status status);
    RoadmapNode::Status status(qint64 id, bool* ok = nullptr) const;
    bool setDates(qint64 id, const QDate& start, const QDate& due);
    // Removes every node (inside the caller's transaction when there is one).
    bool clear();

    // Tells listeners that many rows changed at once (an import, a re-dating).
    void notifyReset() { emit reset(); }

signals:
    void statusChanged(qint64 id, RoadmapNode::Status status);
    void reset();

private:
    Database& m_db;
};
