#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class TimelineStrip;
struct RoadmapNode;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSplitter;
class QTextBrowser;
class QTreeView;
class RoadmapFilterProxy;
class Workspace;

// "Where am I in the plan, and what is left this week?"
class TimelineTab : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineTab(Workspace& workspace, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    TimelineStrip* strip() const { return m_strip; }
    // The node behind the tree's current row, or nullptr.
    const RoadmapNode* currentNode() const;
    // Selects a node by id, expanding its ancestors.
    void selectNode(qint64 id);
    // "Week 3-4 of Month 1" or the phase today falls in; empty outside the plan.
    void focusSearch();
    void saveState() const;
    void restoreState();

private:
    void createActions();
    void showContextMenu(const QPoint& pos);
    void updateActions();
    void editCurrent();
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);
    void setCurrentStatus(int status);
    void refreshSummary();
    void refreshThisWeek();
    void showNotes();

    Workspace& m_ws;
    RoadmapFilterProxy* m_proxy;
    QLabel* m_title;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QLabel* m_today;
    QLineEdit* m_search;
    QCheckBox* m_hideDone;
    QTreeView* m_tree;
    QSplitter* m_splitter;
    QLabel* m_weekHeading;
    QListWidget* m_thisWeek;
    QTextBrowser* m_notes;
    TimelineStrip* m_strip;
    QAction* m_editAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QList<QAction*> m_statusActions;
};
