#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class Workspace;

// "How far am I from month 6 and year 2?"
class SkillsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SkillsTab(Workspace& workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    void refreshSummary();

    Workspace& m_ws;
    QLabel* m_summary;
    QTableView* m_table;
};
