#pragma once

#include <QWidget>

class QCheckBox;
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
    // "Week 3-4 of Month 1" or the phase today falls in; empty outside the plan.
    QString whereToday() const;
    void focusSearch();
    void saveState() const;
    void restoreState();

private:
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
};
