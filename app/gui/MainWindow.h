#pragma once

#include "common/FileDialogs.h"

#include <QMainWindow>
#include <functional>

class ApplicationsTab;
class DsaTab;
class ImportPreviewDialog;
class NotificationBar;
class QLabel;
class QTabWidget;
class SkillsTab;
class TimelineTab;
class TodayView;
class Workspace;

// One window: Today, then four tabs, over one Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    TodayView* todayView() const { return m_todayView; }
    TimelineTab* timelineTab() const { return m_timeline; }
    DsaTab* dsaTab() const { return m_dsa; }
    ApplicationsTab* applicationsTab() const { return m_applications; }
    SkillsTab* skillsTab() const { return m_skills; }
    // Reminders shown in the window when there is no system tray.
    NotificationBar* notificationBar() const { return m_notificationBar; }
    // Today's line across tabs, as the status bar shows it.
    QString todayLine() const;

    // Raises the window above others (used when a second instance starts).
    void bringToFront();
    // True when the user asked to restart (to apply a new language); main()
    // starts the planner again once this window has closed.
    bool restartRequested() const { return m_restartRequested; }
    // True once the user asked to quit or restart, so closing must not merely
    // hide the window to the tray.
    bool isQuitting() const { return m_quitting || m_restartRequested; }
    // Closes for good (File › Quit, the tray's Quit).
    void quit();
    // Opens what a reminder or a Today line is about: a tab ("today", "dsa",
    // "applications", "timeline"), and its rows where the tab can show them
    // ("timeline/overdue" selects the first overdue item; "timeline/item/ID",
    // "dsa/problem/ID" and "applications/application/ID" open one row).
    void openTarget(const QString& target);

    // Replaces the data with a backup's (after saving the current state).
    bool restoreBackupFile(const QString& path);
    // Dates the whole plan from a new start, as one undo step.
    void setPlanStart(const QDate& start);
    // Reads the file, shows the preview and imports on the user's word.
    bool importRoadmapFile(const QString& path);
    // Seams for tests: file names instead of file dialogs, and the preview
    // dialog handed to a function instead of being run modally.
    FileDialogs& fileDialogs() { return m_fileDialogs; }
    void setPreviewHook(std::function<void(ImportPreviewDialog&)> hook)
    {
        m_previewHook = std::move(hook);
    }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatusBar();
    void importRoadmap();
    void exportRoadmap();
    void exportTimelineStrip();
    void changePlanStart();
    void backUpNow();
    void restoreBackup();
    void exportChart();
    void exportReport();
    void showAbout();
    void showShortcuts();
    void quickAdd();
    void focusSearch();
    void showSettings();

    Workspace& m_ws;
    QTabWidget* m_tabs;
    TodayView* m_todayView;
    TimelineTab* m_timeline;
    DsaTab* m_dsa;
    ApplicationsTab* m_applications;
    SkillsTab* m_skills;
    QLabel* m_statusLine;
    NotificationBar* m_notificationBar;
    FileDialogs m_fileDialogs;
    std::function<void(ImportPreviewDialog&)> m_previewHook;
    bool m_restartRequested = false;
    bool m_quitting = false;
};
