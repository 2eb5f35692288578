#pragma once

#include <QWidget>

class ChartPanel;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class SkillEvidencePanel;
class Workspace;

// "How far am I from month 6 and year 2?" The table of skills against the
// milestone targets; below it the evidence for the selected skill and a chart
// area with a chart picker.
class SkillsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SkillsTab(Workspace& workspace, QWidget* parent = nullptr);
    ~SkillsTab() override;

    QTableView* table() const { return m_table; }
    SkillEvidencePanel* evidence() const { return m_evidence; }
    // The chart shown now (made on first use).
    ChartPanel* currentChart() const;
    qint64 currentSkill() const;

    void addSkill();
    void deleteSelectedSkills();
    void editLevelNames();
    void exportChart(const QString& chartName);

private:
    void refreshSummary();
    void showChart(int pickerIndex);

    Workspace& m_ws;
    QLabel* m_summary;
    QTableView* m_table;
    SkillEvidencePanel* m_evidence;
    QComboBox* m_chartPicker;
    QStackedWidget* m_charts;
    QSplitter* m_splitter;
    QSplitter* m_leftSplitter; // evidence | charts, below the table
};
