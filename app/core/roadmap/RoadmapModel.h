#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QVector>
#include <functional>

class RoadmapStore;
class QUndoCommand;
class EditStack;
class QMimeData;

// The plan as a tree: headings, items and sub-items. Ticking an item pushes an
// undoable command; the store's signals bring every view up to date.
class RoadmapModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        ProgressColumn,
        StartColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StatusRole,
        NotesRole,
        DoneCountRole,
        ItemCountRole,
        StartDateRole,
        DueDateRole,
        OverdueRole,
    };

    RoadmapModel(RoadmapStore& store, EditStack* undoStack, QObject* parent = nullptr);
    // From nodes already read, in RoadmapStore::loadAll's order (on a worker,
    // while the window is being built).
    RoadmapModel(RoadmapStore& store, EditStack* undoStack, QVector<RoadmapNode> nodes,
                 QObject* parent = nullptr);

    // Today as the model sees it; tests replace it.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop to reorder or re-parent, as an undoable move.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    // Pushes an edit on the undo stack (or runs it when there is none).
    void push(QUndoCommand* command);

    QModelIndex indexForId(qint64 id, int column = 0) const;
    const RoadmapNode* node(const QModelIndex& index) const;
    int itemCount() const { return m_rootItems; }
    int doneCount() const { return m_rootDone; }
    // Open items whose dates cover the given day (the "this week" list).
    QVector<const RoadmapNode*> openItemsOn(const QDate& day) const;
    // A dated heading with its progress, for the timeline strip.
    struct Span
    {
        qint64 id = 0;
        RoadmapNode::Kind kind = RoadmapNode::Kind::Section;
        QString title;
        QDate start;
        QDate due;
        int items = 0;
        int done = 0;
        bool overdue = false;
    };
    // Every dated heading of the given kinds, in plan order.
    QVector<Span> spans(std::initializer_list<RoadmapNode::Kind> kinds) const;
    // Every item, in plan order.
    QVector<const RoadmapNode*> items() const;
    // Open items under headings that name the current week ("Action items for this week").
    QVector<const RoadmapNode*> actionItems() const;
    int overdueItemCount(const QDate& day) const { return int(overdueItems(day).size()); }
    // Open items due before the day, the longest overdue first.
    QVector<const RoadmapNode*> overdueItems(const QDate& day) const;
    // Titles of the dated headings (phase, month or year, week) that contain the day,
    // outermost first; empty when the day is outside the plan.
    QStringList datedPathOn(const QDate& day) const;
    // The same from the smallest unit outwards, at most two ("Week 3-4 · Month 1").
    QString whereOn(const QDate& day) const;

public slots:
    void reload();

signals:
    // Once per store write, after the model applied it: what summaries, the strip
    // and the status line listen to, instead of one dataChanged per ancestor.
    void planChanged();

private:
    void connectStore();
    void setNodes(QVector<RoadmapNode> nodes);
    struct Entry
    {
        RoadmapNode node;
        int parent = -1; // index into m_entries
        int row = 0;
        QVector<int> children;
        int items = 0; // checklist items in this subtree (itself included)
        int done = 0;
        bool alive = true; // false once the node left the tree: indexes stay stable
    };

    void onRowsChanged(const QVector<qint64>& ids);
    void onRowsInserted(const QVector<qint64>& ids);
    void onRowsRemoved(const QVector<qint64>& ids);
    void onNodeMoved(qint64 id);
    void onReset();
    // Appends the entries of a subtree (parents first) under `parent` at `row`.
    void attach(const QVector<RoadmapNode>& subtree, int parent, int row);
    void renumber(int parent);
    void refreshPositions(int parent);
    QVector<int>& childrenOf(int parent)
    {
        return parent >= 0 ? m_entries[parent].children : m_roots;
    }
    QModelIndex indexOfEntry(int entry, int column = 0) const;
    void emitChangedUpwards(int entry);
    // Every live entry, parents before children, siblings in order.
    QVector<int> planOrder() const;
    void recount();
    bool isOverdue(const Entry& e) const;
    int entryOf(const QModelIndex& index) const;

    RoadmapStore& m_store;
    EditStack* m_undoStack;
    std::function<QDate()> m_today;
    QVector<Entry> m_entries;
    QVector<int> m_roots;
    QHash<qint64, int> m_byId;
    int m_rootItems = 0;
    int m_rootDone = 0;
};
