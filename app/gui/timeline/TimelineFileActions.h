#pragma once

#include <QCoreApplication>
#include <QDate>
#include <functional>

class ImportPreviewDialog;
class MainWindow;
class Workspace;

// The Timeline's file actions behind the File and Edit menus: import a roadmap
// (preview, then the one import flow), export the plan as Markdown, save the
// strip as a picture, and move the plan's start. File names come from
// FileDialogs, so tests answer them.
class TimelineFileActions
{
    // These strings were written in MainWindow; its context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    TimelineFileActions(MainWindow& window, Workspace& workspace);

    // Asks for a Markdown file, then importFile().
    void importRoadmap();
    // Reads the file, shows the preview against the plan and, on the user's
    // word, imports it through ImportRunner (backup, progress, cancel, one
    // undo step). False when it was refused, declined, cancelled or failed.
    bool importFile(const QString& path);
    // Tests answer the preview instead of running it modally.
    void setPreviewHook(std::function<void(ImportPreviewDialog&)> hook)
    {
        m_previewHook = std::move(hook);
    }

    void exportRoadmap();
    void exportStrip();
    // Asks for a new start month, then setPlanStart.
    void changePlanStart();
    // Dates the whole plan from a new start, as one undo step.
    void setPlanStart(const QDate& start);

private:
    // Asks for a file name, writes it, and says where in the status bar (`done`
    // holds %1 for the path), or why not in a warning titled `caption`.
    void saveAs(const QString& caption, const QString& suggested, const QString& filter,
                const QString& done, const std::function<bool(const QString&, QString*)>& write);

    MainWindow& m_window;
    Workspace& m_ws;
    std::function<void(ImportPreviewDialog&)> m_previewHook;
};
