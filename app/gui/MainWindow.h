#pragma once

#include "gui/common/FileDialogs.h"
#include "gui/timeline/TimelineFileActions.h"

#include <QMainWindow>
#include <functional>

class ApplicationsTab;
class DsaTab;
class LazyTabWidget;
class NotificationBar;
class ReadOnlyBanner;
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

    QTabWidget* tabs() const;
    TodayView* todayView() const { return m_todayView; }
    // Each tab but Today is built the first time it is shown or asked for here.
    TimelineTab* timelineTab() const;
    DsaTab* dsaTab() const;
    ApplicationsTab* applicationsTab() const;
    SkillsTab* skillsTab() const;
    // Reminders shown in the window when there is no system tray.
    NotificationBar* notificationBar() const { return m_notificationBar; }
    // Today's line across tabs, as the status bar shows it.
    QString todayLine() const;

    // Raises the window above others (used when a second instance starts).
    void bringToFront();
    // True when the user asked to restart (to apply a new language); main()
    // starts the planner again once this window has closed.
    bool restartRequested() const { return m_restartRequested; }
    // Set when the restart is to open another file: a copy the user saved of
    // a read-only one (ReadOnlyBanner).
    QString reopenPath() const { return m_reopenPath; }
    // The strip above the tabs while the file is open read-only, else null.
    ReadOnlyBanner* readOnlyBanner() const { return m_readOnlyBanner; }
    // True once the user asked to quit or restart, so closing must not merely
    // hide the window to the tray.
    bool isQuitting() const { return m_quitting || m_restartRequested; }
    // Closes for good (File › Quit, the tray's Quit).
    void quit();
    // Opens what a reminder or a Today line is about: a tab ("today", "dsa",
    // "applications", "timeline"), and its rows where the tab can show them
    // ("timeline/overdue" selects the first overdue item; "timeline/item/ID",
    // "dsa/problem/ID" and "applications/application/ID" open one row;
    // "dsa/add" and "applications/add" focus the quick-add line).
    void openTarget(const QString& target);
    // Makes a tab current without raising the window: "today", "timeline",
    // "dsa", "applications" or "skills".
    void showTab(const QString& tab);

    // Replaces the data with a backup's (after saving the current state).
    bool restoreBackupFile(const QString& path);
    // Import roadmap, export roadmap, export strip and the plan's start date.
    TimelineFileActions& timelineFileActions() { return m_timelineFileActions; }
    // Seam for tests: file names instead of file dialogs.
    FileDialogs& fileDialogs() { return m_fileDialogs; }

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshStatusBar();
    void backUpNow();
    void restoreBackup();
    void exportChart();
    void exportReport();
    void exportCalendar();
    void showAbout();
    void showShortcuts();
    void quickAdd();
    void focusSearch();
    void showSettings();
    enum TabIndex
    {
        TodayIndex,
        TimelineIndex,
        DsaIndex,
        ApplicationsIndex,
        SkillsIndex
    };
    template <typename Tab> void addLazyTab(const QString& title, const char* objectName);
    void showTab(TabIndex index);
    bool isCurrent(TabIndex index) const;

    Workspace& m_ws;
    LazyTabWidget* m_tabs;
    TodayView* m_todayView = nullptr;
    QLabel* m_statusLine;
    NotificationBar* m_notificationBar;
    FileDialogs m_fileDialogs;
    TimelineFileActions m_timelineFileActions;
    ReadOnlyBanner* m_readOnlyBanner = nullptr;
    QString m_reopenPath;
    bool m_restartRequested = false;
    bool m_quitting = false;
};
