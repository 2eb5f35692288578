#pragma once

#include "core/dsa/Problem.h"
#include "core/dsa/ProblemRecord.h"

#include <QWidget>
#include <functional>

class DsaStatsPanel;
class DsaTopicsPanel;
class DueTodayPanel;
class EmptyStateStack;
class ProblemFilterBar;
class ProblemFilterProxy;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoCommand;
class Workspace;

// "What do I solve or review today, and how does each topic stand against its target?"
class DsaTab : public QWidget
{
    Q_OBJECT
public:
    explicit DsaTab(Workspace& workspace, QWidget* parent = nullptr);

    void focusQuickAdd();
    void focusSearch();
    // Shows the problem's row (and the reviews due beside it).
    void selectProblem(qint64 id);
    QTableView* problemView() const { return m_problems; }
    QTableView* topicView() const;
    DueTodayPanel* dueToday() const { return m_due; }
    DsaStatsPanel* stats() const { return m_stats; }

    QVector<qint64> selectedIds() const;
    void deleteSelected();
    void setSelectedStatus(Problem::Status status);
    void setSelectedDifficulty(Problem::Difficulty difficulty);
    void addTopicToSelected(const QString& topic);
    void editCurrent();
    // Shows a preview of the file and, if the user agrees, imports it as one undo step.
    void importFile(const QString& path);
    // The Import button asks this for the file; tests queue the answer.

private:
    QWidget* buildSide();
    void buildActions();
    void addFromQuickLine();
    void offerTopics(const QString& text);
    void refreshCounts();
    void showContextMenu(const QPoint& pos);
    void editSelected(const QString& text, const std::function<void(ProblemRecord&)>& edit);
    void resetProgress(const QVector<qint64>& ids, const QString& what);
    void pickFromCatalogue();
    void chooseImportFile();
    void exportCsv();
    void push(QUndoCommand* command);
    // Says `text` in the window's status bar for a few seconds.
    void say(const QString& text);
    void onStoreChanged();

    Workspace& m_ws;
    QLineEdit* m_quickAdd;
    QLabel* m_quickAddHint;
    ProblemFilterProxy* m_proxy;
    ProblemFilterBar* m_filters;
    QTableView* m_problems;
    EmptyStateStack* m_problemStack = nullptr;
    QLabel* m_counts;
    QLabel* m_shown;
    QTabWidget* m_side = nullptr;
    DueTodayPanel* m_due = nullptr;
    DsaStatsPanel* m_stats = nullptr;
    DsaTopicsPanel* m_topicsPanel = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_difficultyMenu = nullptr;
};
