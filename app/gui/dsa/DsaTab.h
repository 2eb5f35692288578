#pragma once

#include <QWidget>

class EmptyStateStack;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

// "What do I solve or review today, and how does each topic stand against its target?"
class DsaTab : public QWidget
{
    Q_OBJECT
public:
    explicit DsaTab(Workspace& workspace, QWidget* parent = nullptr);

    void focusQuickAdd();
    void focusSearch();
    QTableView* problemView() const { return m_problems; }
    QTableView* topicView() const { return m_topics; }

private:
    void addFromQuickLine();
    void refreshCounts();

    Workspace& m_ws;
    QLineEdit* m_quickAdd;
    QLabel* m_quickAddHint;
    QLineEdit* m_search;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_topics;
    QTableView* m_problems;
    EmptyStateStack* m_problemStack;
    QLabel* m_counts;
};
