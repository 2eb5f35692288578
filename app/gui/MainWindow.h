#pragma once

#include <QMainWindow>

class ApplicationsTab;
class DsaTab;
class QLabel;
class QTabWidget;
class SkillsTab;
class TimelineTab;
class Workspace;

// One window, four tabs over one Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    TimelineTab* timelineTab() const { return m_timeline; }
    DsaTab* dsaTab() const { return m_dsa; }
    ApplicationsTab* applicationsTab() const { return m_applications; }
    SkillsTab* skillsTab() const { return m_skills; }
    // Today's line across tabs, as the status bar shows it.
    QString todayLine() const;

    // Raises the window above others (used when a second instance starts).
    void bringToFront();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatusBar();
    void importRoadmap();
    void exportRoadmap();
    void exportChart();
    void exportReport();
    void showAbout();
    void showShortcuts();
    void quickAdd();
    void focusSearch();

    Workspace& m_ws;
    QTabWidget* m_tabs;
    TimelineTab* m_timeline;
    DsaTab* m_dsa;
    ApplicationsTab* m_applications;
    SkillsTab* m_skills;
    QLabel* m_statusLine;
};
