#pragma once

#include <QVector>
#include <QWidget>

class ApplicationBoard;
class ApplicationFilterProxy;
class ApplicationQuickAddBar;
class ApplicationsOverview;
class EmptyStateStack;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
class Workspace;

// "How many today, what needs a follow-up, where is each application?"
// Quick add on top; the board or the table (one filter proxy for both) in the
// middle; the daily goal, overdue follow-ups and funnel on the side.
class ApplicationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsTab(Workspace& workspace, QWidget* parent = nullptr);

    void focusQuickAdd();
    void focusSearch();
    QTableView* table() const { return m_table; }
    ApplicationBoard* board() const { return m_board; }
    void showBoard(bool board);
    // Opens the detail dialog; its edits become one undoable step.
    void openApplication(qint64 id);
    // Shows the preview for a CSV file and imports it as one undoable step.
    bool importCsvFile(const QString& path);
    // Import asks this for the file; tests queue the answer.

private:
    QWidget* createFilterBar();
    void reloadSettings();
    QVector<qint64> selectedIds() const;
    void moveSelected(const QString& stage);
    void setTypeOfSelected(const QString& companyType);
    void deleteSelected();
    void editSettings();
    void importCsv();
    void exportCsv(bool history);

    Workspace& m_ws;
    ApplicationQuickAddBar* m_quickAdd;
    QLineEdit* m_search;
    QComboBox* m_sourceFilter;
    QComboBox* m_typeFilter;
    QComboBox* m_stageFilter;
    QCheckBox* m_overdueOnly;
    QToolButton* m_boardButton;
    QToolButton* m_tableButton;
    QToolButton* m_moveButton;
    ApplicationFilterProxy* m_proxy;
    ApplicationBoard* m_board;
    QTableView* m_table;
    QStackedWidget* m_views;
    EmptyStateStack* m_stack;
    ApplicationsOverview* m_overview;
};
