#pragma once

#include "core/dsa/Problem.h"
#include "core/dsa/ProblemRecord.h"
#include "gui/common/FileDialogs.h"

#include <QWidget>
#include <functional>

class DsaStatsPanel;
class DueTodayPanel;
class EmptyStateStack;
class ProblemFilterProxy;
class QCheckBox;
class QComboBox;
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
    QTableView* topicView() const { return m_topics; }
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
    FileDialogs& fileDialogs() { return m_fileDialogs; }

private:
    QWidget* buildFilters();
    QWidget* buildSide();
    void buildActions();
    void addFromQuickLine();
    void offerTopics(const QString& text);
    void refreshCounts();
    void refreshTopicFilter();
    void applyFilters();
    void showContextMenu(const QPoint& pos);
    void editSelected(const QString& text, const std::function<void(ProblemRecord&)>& edit);
    void resetProgress(const QVector<qint64>& ids, const QString& what);
    void pickFromCatalogue();
    void chooseImportFile();
    void exportCsv();
    void push(QUndoCommand* command);
    void onStoreChanged();

    Workspace& m_ws;
    FileDialogs m_fileDialogs;
    QLineEdit* m_quickAdd;
    QLabel* m_quickAddHint;
    QLabel* m_message;
    QPushButton* m_undo;
    QLineEdit* m_search;
    QComboBox* m_topicFilter = nullptr;
    QComboBox* m_difficultyFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QCheckBox* m_dueFilter = nullptr;
    ProblemFilterProxy* m_proxy;
    QTableView* m_topics;
    QTableView* m_problems;
    EmptyStateStack* m_problemStack = nullptr;
    QLabel* m_counts;
    QLabel* m_shown;
    QTabWidget* m_side = nullptr;
    DueTodayPanel* m_due = nullptr;
    DsaStatsPanel* m_stats = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_difficultyMenu = nullptr;
};
