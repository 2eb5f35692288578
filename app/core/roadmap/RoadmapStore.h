#pragma once

#include "core/roadmap/RoadmapNode.h"
#include "core/storage/ChangeNotifier.h"

#include <QVector>
#include <memory>
#include <optional>

class Database;
class Query;

// Reads and writes the plan tree (table roadmap_node).
class RoadmapStore : public ChangeNotifier
{
    Q_OBJECT
public:
    struct Counts
    {
        int items = 0;
        int done = 0;
    };

    explicit RoadmapStore(Database& db, QObject* parent = nullptr);
    ~RoadmapStore() override;

    // Every node that is not marked removed, parents before children, siblings
    // in order; without the source path and line (loadIncludingRemoved has them).
    QVector<RoadmapNode> loadAll() const;
    // One node and its visible subtree, in the same order (after rowsInserted).
    QVector<RoadmapNode> loadSubtree(qint64 id) const;
    // The visible children of a node (0: the top level) with their stored positions, in order.
    QVector<QPair<qint64, int>> childPositions(qint64 parentId) const;
    // Also the nodes a re-import marked removed, with their source paths and
    // lines (for matching on the next re-import).
    QVector<RoadmapNode> loadIncludingRemoved() const;
    Counts counts() const;
    // One node as stored now, or nullopt when there is none with that id.
    std::optional<RoadmapNode> node(qint64 id) const;

    // Returns the new id, or 0 on failure.
    qint64 insertNode(const RoadmapNode& node);
    // Inserts among existing siblings, moving later ones down; announces a reset.
    qint64 insertNodeAt(const RoadmapNode& node, int position);
    // Deletes a node and its subtree for good (undo of an add).
    bool deleteNode(qint64 id);
    bool setStatus(qint64 id, RoadmapNode::Status status);
    RoadmapNode::Status status(qint64 id, bool* ok = nullptr) const;
    bool setDates(qint64 id, const QDate& start, const QDate& due);
    // The same without a signal, for bulk re-dating followed by one announceReset().
    bool writeDates(qint64 id, const QDate& start, const QDate& due);
    // A title typed in the planner is plain text; one from a file keeps its Markdown.
    bool setTitle(qint64 id, const QString& title, const QString& titleMarkdown = {});
    bool setNotes(qint64 id, const QString& notes);
    // Hides a node and every node below it that still shows; returns the ids
    // it hid (empty when it failed). A child deleted before stays out of the
    // list, so bringing the parent back (unhide) does not bring it back too.
    QVector<qint64> hide(qint64 id);
    // Brings back the nodes one hide() hid; `id` is the root it was given.
    bool unhide(qint64 id, const QVector<qint64>& hidden);
    // The same without telling listeners, for importers that announce one reset
    // after their transaction (a model must never reload from a half-done import).
    bool markRemoved(qint64 id, bool removed);
    // Moves a node to another parent (0: top level) at a position among its new siblings.
    bool move(qint64 id, qint64 newParentId, int position);
    // Re-import: updates a matched node's place and text, keeping status and notes.
    bool updateFromImport(const RoadmapNode& node);
    // Removes every node (inside the caller's transaction when there is one).
    bool clear();
    // Gives siblings places 0, 1, 2, … in the order they show (position, then
    // id), hidden ones included. A re-import leaves nodes it hid and nodes the
    // user added where they were, so they can share a place with a node from
    // the file; moves and inserts shift by place, so a shared one would reorder
    // nodes nobody touched. Silent, for the importer's transaction.
    bool renumberSiblings();

    // The tree's change protocol: rowsChanged(ids) for a node's own fields (status,
    // title, notes, dates); rowsInserted / rowsRemoved name the root of a subtree
    // that came into or left the visible tree; nodeMoved names a node that has a
    // new parent or position. reset() is for imports and re-datings only.
signals:
    void nodeMoved(qint64 id);

private:
    QVector<RoadmapNode> load(bool includeRemoved, qint64 root = 0) const;
    QVector<RoadmapNode> loadTree(bool includeRemoved) const;
    // Imports insert thousands of rows: one statement prepared once, not per row.
    Query& insertStatement();

    Database& m_db;
    std::unique_ptr<Query> m_insert;
    int m_insertGeneration = -1;
};
