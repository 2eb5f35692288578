#pragma once

#include <QWidget>

class EmptyStateStack;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

// "How many today, what needs a follow-up, where is each application?"
class ApplicationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsTab(Workspace& workspace, QWidget* parent = nullptr);

    void focusQuickAdd();
    void focusSearch();
    QTableView* table() const { return m_table; }
    int appliedToday() const;

private:
    void addFromQuickAdd();
    void refreshGoal();

    Workspace& m_ws;
    QLineEdit* m_company;
    QLineEdit* m_role;
    QComboBox* m_source;
    QLabel* m_hint;
    QLabel* m_goalText;
    QProgressBar* m_goal;
    QLineEdit* m_search;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    EmptyStateStack* m_stack;
};
