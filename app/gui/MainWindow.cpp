#include "MainWindow.h"

#include "core/Workspace.h"
#include "core/calendar/CalendarExporter.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/ApplicationStore.h"
#include "core/reminders/ReminderCounts.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"
#include "gui/backup/RestoreDialog.h"
#include "gui/charts/ChartExportDialog.h"
#include "gui/charts/ChartExporter.h"
#include "gui/charts/ChartPanel.h"
#include "gui/common/LazyTabWidget.h"
#include "gui/common/ReadOnlyBanner.h"
#include "gui/common/StatusTimeouts.h"
#include "gui/dsa/DsaTab.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/skills/SkillsTab.h"
#include "gui/timeline/TimelineTab.h"
#include "gui/today/TodayView.h"
#include "gui/tray/NotificationBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ws(workspace)
    , m_tabs(new LazyTabWidget(this))
    , m_statusLine(new QLabel(this))
    , m_notificationBar(new NotificationBar(this))
    , m_timelineFileActions(*this, workspace)
{
    // First what needs no font: main() has a worker reading the font list
    // (FontWarmUp), and the first widget that measures text waits for it.
    // Today's numbers too when the plan they need is read already (a small
    // plan); a longer read goes on while the window is built (see event()).
    createMenus();
    if (m_ws.isPlanReady())
        m_ws.today().snapshot();
    m_todayView = new TodayView(workspace, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Roadmap Planner"));
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_todayView->setObjectName(QStringLiteral("todayView"));
    m_tabs->addTab(m_todayView, tr("T&oday"));
    addLazyTab<TimelineTab>(tr("&Timeline"), "timelineTab");
    addLazyTab<DsaTab>(tr("&DSA Log"), "dsaTab");
    addLazyTab<ApplicationsTab>(tr("&Applications"), "applicationsTab");
    addLazyTab<SkillsTab>(tr("&Skills"), "skillsTab");
    connect(m_tabs, &LazyTabWidget::pageBuilt, this, [](int index, QWidget* page) {
        if (index == TimelineIndex)
            static_cast<TimelineTab*>(page)->restoreState();
    });
    // The notification bar sits above the tabs, so a reminder never covers work.
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    if (m_ws.isReadOnly()) {
        m_readOnlyBanner = new ReadOnlyBanner(m_ws.database(), central);
        centralLayout->addWidget(m_readOnlyBanner);
        setWindowTitle(tr("Roadmap Planner (read-only)"));
        connect(m_readOnlyBanner, &ReadOnlyBanner::openCopyRequested, this,
                [this](const QString& path) {
                    m_reopenPath = path;
                    m_restartRequested = true;
                    close();
                });
    }
    centralLayout->addWidget(m_notificationBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusLine->setObjectName(QStringLiteral("todayStatusLabel"));
    statusBar()->addWidget(m_statusLine, 1);

    // Today's line comes from the one Today object, which follows the stores.
    connect(&m_ws.today(), &Today::changed, this, &MainWindow::refreshStatusBar);
    connect(m_todayView, &TodayView::openRequested, this, &MainWindow::openTarget);
    // Another program wrote to the file (the command line, a restore elsewhere):
    // the workspace has reloaded and dropped the undo steps; say so.
    connect(&m_ws, &Workspace::changedElsewhere, this, [this] {
        statusBar()->showMessage(
            tr("%1 was changed by another program: reloaded. Earlier steps can no longer be "
               "undone, so they cannot overwrite that change.")
                .arg(QFileInfo(m_ws.database().path()).fileName()),
            StatusTimeouts::Notice);
    });
    // The quick_check left for after the first paint found damage: say so at
    // once, with the way out, without blocking the window.
    connect(&m_ws, &Workspace::integrityChecked, this, [this](const QString& problem) {
        if (problem.isEmpty())
            return;
        auto* box =
            new QMessageBox(QMessageBox::Critical, tr("Roadmap Planner"),
                            tr("The planner's database is damaged."), QMessageBox::Close, this);
        box->setInformativeText(
            tr("%1\n\nEvery change from now on may be lost. Restore the newest backup "
               "(File › Restore a Backup…), or close the planner and keep a copy of the file.")
                .arg(problem));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationActive)
            m_ws.checkForOutsideChanges();
    });
    // An edit that was not saved says so where the user looks next: the status
    // bar while the read-only strip explains why, a message when a write failed.
    connect(&m_ws.undoStack(), &EditStack::refused, this, [this](const QString& message) {
        if (m_ws.isReadOnly()) {
            statusBar()->showMessage(message, StatusTimeouts::Notice);
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Roadmap Planner"),
                                    tr("A change was not saved."), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("writeFailedMessageBox"));
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_ws.undoStack(), &QUndoStack::indexChanged, this, [this] {
        // Say what the last edit was, so undo is discoverable without dialogs.
        const QUndoStack& stack = m_ws.undoStack();
        if (stack.index() > 0)
            statusBar()->showMessage(
                tr("%1 — Ctrl+Z to undo").arg(stack.command(stack.index() - 1)->text()),
                StatusTimeouts::UndoHint);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, so the board's columns and the charts have room.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1500, available.width() * 9 / 10),
               std::min(960, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The first screen answers "what do I do today?"; the other tabs are built
    // when first shown.
    showTab(TodayIndex);
    // The Today view and the status line are filled when polished (event()).
}

bool MainWindow::event(QEvent* event)
{
    // Polished by show(), before the first layout: the last moment the first
    // screen can be filled without a second layout. Qt polishes a widget once.
    if (event->type() == QEvent::Polish) {
        // Still reading a large plan: what needs no plan is taken while the
        // main thread would wait for it anyway, not before the window is built,
        // when it took a core from that read and the font worker.
        if (!m_ws.isPlanReady())
            m_ws.today().prefetchWithoutPlan();
        m_todayView->refresh();
        refreshStatusBar();
    }
    return QMainWindow::event(event);
}

template <typename Tab> void MainWindow::addLazyTab(const QString& title, const char* objectName)
{
    m_tabs->addLazyTab(
        [this, objectName] {
            auto* tab = new Tab(m_ws);
            tab->setObjectName(QString::fromLatin1(objectName));
            return tab;
        },
        title);
}

QTabWidget* MainWindow::tabs() const
{
    return m_tabs;
}

TimelineTab* MainWindow::timelineTab() const
{
    return static_cast<TimelineTab*>(m_tabs->page(TimelineIndex));
}

DsaTab* MainWindow::dsaTab() const
{
    return static_cast<DsaTab*>(m_tabs->page(DsaIndex));
}

ApplicationsTab* MainWindow::applicationsTab() const
{
    return static_cast<ApplicationsTab*>(m_tabs->page(ApplicationsIndex));
}

SkillsTab* MainWindow::skillsTab() const
{
    return static_cast<SkillsTab*>(m_tabs->page(SkillsIndex));
}

void MainWindow::showTab(TabIndex index)
{
    m_tabs->setCurrentIndex(index);
}

bool MainWindow::isCurrent(TabIndex index) const
{
    return m_tabs->currentIndex() == index;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import Roadmap…"), this,
                                      [this] { m_timelineFileActions.importRoadmap(); });
    import->setObjectName(QStringLiteral("importRoadmapAction"));
    import->setShortcut(QKeySequence::Open);
    QAction* exportAction = file->addAction(tr("&Export Roadmap…"), this,
                                            [this] { m_timelineFileActions.exportRoadmap(); });
    exportAction->setObjectName(QStringLiteral("exportRoadmapAction"));
    exportAction->setShortcut(QKeySequence::SaveAs);
    QAction* exportStrip = file->addAction(tr("Export Timeline &Strip…"), this,
                                           [this] { m_timelineFileActions.exportStrip(); });
    exportStrip->setObjectName(QStringLiteral("exportStripAction"));
    QAction* exportChart = file->addAction(tr("Export &Chart…"), this, &MainWindow::exportChart);
    exportChart->setObjectName(QStringLiteral("exportChartAction"));
    QAction* exportReport =
        file->addAction(tr("Export Progress &Report…"), this, &MainWindow::exportReport);
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    QAction* exportCalendar =
        file->addAction(tr("Export Ca&lendar…"), this, &MainWindow::exportCalendar);
    exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    file->addSeparator();
    QAction* backUp = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    QAction* restore = file->addAction(tr("&Restore a Backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    // What writes the file as a whole has no place on a read-only one.
    import->setEnabled(!m_ws.isReadOnly());
    restore->setEnabled(!m_ws.isReadOnly());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_ws.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_ws.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    // Before a step is undone or redone, the file is asked whether another program
    // wrote to it since: if so the step is refused (the stack is cleared), never
    // forced over that write.
    for (QAction* action : {undo, redo}) {
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this, [this, action, undo] {
            if (m_ws.checkForOutsideChanges())
                return;
            if (action == undo)
                m_ws.undoStack().undo();
            else
                m_ws.undoStack().redo();
        });
    }
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* add = edit->addAction(tr("&Quick Add"), this, &MainWindow::quickAdd);
    add->setShortcut(QKeySequence::New);
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* start = edit->addAction(tr("Plan &Start Date…"), this,
                                     [this] { m_timelineFileActions.changePlanStart(); });
    start->setObjectName(QStringLiteral("planStartAction"));
    start->setEnabled(!m_ws.isReadOnly());
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+0 is Today, Ctrl+1…4 the four tabs after it.
    const QStringList names = {tr("Today"), tr("Timeline"), tr("DSA Log"), tr("Applications"),
                               tr("Skills")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* action =
            view->addAction(names[i], this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(tr("&About Roadmap Planner"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::todayLine() const
{
    const Today::Snapshot& today = m_ws.today().snapshot();
    QStringList parts;
    if (!today.whereInPlan.isEmpty())
        parts << today.whereInPlan;
    parts << tr("%L1/%L2 plan items done").arg(today.planDoneCount).arg(today.planItemCount);
    parts << tr("%n review(s) due", "", today.reviewCount);
    parts << tr("%L1/%L2 applications today").arg(today.appliedToday).arg(today.goalMin);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::refreshStatusBar()
{
    m_statusLine->setText(todayLine());
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::openTarget(const QString& target)
{
    bringToFront();
    const QString tab = target.section(QLatin1Char('/'), 0, 0);
    const QString rows = target.section(QLatin1Char('/'), 1);
    // "tab/kind/ID" opens one row: what the Today view's lines ask for.
    const qint64 id = target.section(QLatin1Char('/'), 2, 2).toLongLong();
    showTab(tab);
    if (rows == u"add" && tab == u"dsa")
        dsaTab()->focusQuickAdd();
    else if (rows == u"add" && tab == u"applications")
        applicationsTab()->focusQuickAdd();
    if (id > 0 && tab == u"timeline") {
        timelineTab()->selectNode(id);
    } else if (id > 0 && tab == u"dsa") {
        dsaTab()->selectProblem(id);
    } else if (id > 0 && tab == u"applications") {
        // After the tab has switched, so the dialog opens over it.
        ApplicationsTab* jobs = applicationsTab();
        QTimer::singleShot(0, jobs, [jobs, id] { jobs->openApplication(id); });
    } else if (rows == u"overdue") {
        // Headings are overdue too; the first open item is what to act on.
        const RoadmapModel& model = m_ws.roadmapModel();
        const QModelIndexList hits = model.match(model.index(0, 0), RoadmapModel::OverdueRole, true,
                                                 -1, Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex& hit : hits) {
            const RoadmapNode* node = model.node(hit);
            if (node && node->isItem()) {
                timelineTab()->selectNode(node->id);
                break;
            }
        }
    }
}

void MainWindow::showTab(const QString& tab)
{
    static const QHash<QString, TabIndex> byName = {
        {QStringLiteral("today"), TodayIndex},
        {QStringLiteral("timeline"), TimelineIndex},
        {QStringLiteral("dsa"), DsaIndex},
        {QStringLiteral("applications"), ApplicationsIndex},
        {QStringLiteral("skills"), SkillsIndex}};
    const auto it = byName.constFind(tab);
    if (it != byName.constEnd())
        showTab(*it);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_tabs->isBuilt(TimelineIndex))
        timelineTab()->saveState();
    event->accept();
}

void MainWindow::quickAdd()
{
    if (isCurrent(TodayIndex)) {
        m_todayView->focusQuickAdd();
    } else if (isCurrent(ApplicationsIndex)) {
        applicationsTab()->focusQuickAdd();
    } else {
        showTab(DsaIndex);
        dsaTab()->focusQuickAdd();
    }
}

void MainWindow::focusSearch()
{
    if (isCurrent(DsaIndex)) {
        dsaTab()->focusSearch();
    } else if (isCurrent(ApplicationsIndex)) {
        applicationsTab()->focusSearch();
    } else {
        showTab(TimelineIndex);
        timelineTab()->focusSearch();
    }
}

void MainWindow::exportCalendar()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export Calendar"),
                                                   QStringLiteral("roadmap-planner.ics"),
                                                   tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    int events = 0;
    if (!CalendarExporter::write(m_ws, path, {}, &events, &error)) {
        QMessageBox::warning(this, tr("Export Calendar"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported the calendar to %1 — events: %2")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(events),
                             StatusTimeouts::Done);
}

void MainWindow::backUpNow()
{
    const QString path = m_ws.backups().backUp(QStringLiteral("manual"));
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Back Up"), m_ws.backups().errorString());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)),
                             StatusTimeouts::Result);
}

void MainWindow::restoreBackup()
{
    RestoreDialog dialog(m_ws.backups().list(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    restoreBackupFile(dialog.chosenPath());
}

bool MainWindow::restoreBackupFile(const QString& path)
{
    QString saved;
    if (!m_ws.backups().restore(path, &saved)) {
        QMessageBox::warning(this, tr("Restore"), m_ws.backups().errorString());
        return false;
    }
    m_ws.reloadAll();
    statusBar()->showMessage(
        tr("Restored. The state before the restore was saved as %1 (File › Restore… to go back).")
            .arg(QFileInfo(saved).fileName()),
        StatusTimeouts::Notice);
    return true;
}

void MainWindow::exportChart()
{
    // From the Skills tab, offer the chart on screen.
    const ChartPanel* shown = isCurrent(SkillsIndex) ? skillsTab()->currentChart() : nullptr;
    ChartExportDialog dialog(m_ws, shown ? shown->chartName() : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported the chart to %1").arg(dialog.filePath()),
                                 StatusTimeouts::Done);
}

void MainWindow::exportReport()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export Progress Report"),
                                                   QStringLiteral("progress-report.pdf"),
                                                   tr("PDF documents (*.pdf);;PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ChartExporter::saveReport(m_ws, path, &error)) {
        QMessageBox::warning(this, tr("Export Progress Report"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported the progress report to %1").arg(path),
                             StatusTimeouts::Done);
}

void MainWindow::showShortcuts()
{
    const QString rows =
        tr("<tr><td>Ctrl+0</td><td>Today</td></tr>"
           "<tr><td>Ctrl+1 … Ctrl+4</td><td>Switch tab</td></tr>"
           "<tr><td>1 … 4</td><td>Grade the selected review on Today (Again, Hard, Good, "
           "Easy)</td></tr>"
           "<tr><td>%1</td><td>Quick add (problem or application)</td></tr>"
           "<tr><td>%2</td><td>Search in the current tab</td></tr>"
           "<tr><td>Space</td><td>Tick or untick the selected item</td></tr>"
           "<tr><td>F2 / Ctrl+E</td><td>Rename / edit the selected item</td></tr>"
           "<tr><td>Insert / Delete</td><td>Add an item / delete (undoable)</td></tr>"
           "<tr><td>Alt+Up / Alt+Down</td><td>Move the selected item</td></tr>"
           "<tr><td>%3 / %4</td><td>Undo / Redo</td></tr>"
           "<tr><td>%5</td><td>Import a roadmap</td></tr>")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table cellpadding='4'>") + rows +
                                 QStringLiteral("</table>"));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(&m_ws, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.apply())
        return;
    // Every tab builds its texts once, so a new language needs a fresh start;
    // say so plainly rather than switching half of the window.
    QMessageBox box(QMessageBox::Question, tr("Restart to Change Language"),
                    tr("Roadmap Planner shows the new language after a restart. Your work is "
                       "saved. Restart now?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restartMessageBox"));
    QPushButton* now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now)
        return;
    m_restartRequested = true;
    close();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Roadmap Planner"),
        tr("<h3>Roadmap Planner %1</h3>"
           "<p>A personal career planner: your roadmap, DSA practice, job applications and "
           "skills in one private file.</p>"
           "<p>Your data: <code>%2</code></p>"
           "<p>Licensed under the MIT licence.</p>"
           "<p><b>Third-party software</b><br>"
           "Qt %3 (LGPLv3) · md4c Markdown parser (MIT, © Martin Mitáš) · SQLite (public "
           "domain)<br>"
           "NeetCode problem list (MIT, © 2022 neetcode-gh), the source of the built-in "
           "NeetCode 150 / Blind 75 catalogue.</p>"
           "<p><small>MIT License — Copyright (c) 2022 neetcode-gh<br>"
           "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
           "software and associated documentation files (the \"Software\"), to deal in the "
           "Software without restriction, including without limitation the rights to use, copy, "
           "modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, "
           "and to permit persons to whom the Software is furnished to do so, subject to the "
           "following conditions: The above copyright notice and this permission notice shall be "
           "included in all copies or substantial portions of the Software. THE SOFTWARE IS "
           "PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT "
           "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
           "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY "
           "CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
           "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR "
           "OTHER DEALINGS IN THE SOFTWARE.</small></p>")
            .arg(QStringLiteral(PLANNER_VERSION), m_ws.database().path().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}
