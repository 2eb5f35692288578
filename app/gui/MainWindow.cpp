#include "MainWindow.h"

#include "Workspace.h"
#include "dsa/DsaTab.h"
#include "dsa/ProblemModel.h"
#include "jobs/ApplicationModel.h"
#include "jobs/ApplicationsTab.h"
#include "roadmap/ParsedPlan.h"
#include "roadmap/RoadmapMarkdownReader.h"
#include "roadmap/RoadmapMarkdownWriter.h"
#include "roadmap/RoadmapModel.h"
#include "roadmap/RoadmapStore.h"
#include "skills/SkillsTab.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "timeline/TimelineTab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ws(workspace)
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelineTab(workspace, this))
    , m_dsa(new DsaTab(workspace, this))
    , m_applications(new ApplicationsTab(workspace, this))
    , m_skills(new SkillsTab(workspace, this))
    , m_statusLine(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Roadmap Planner"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roadmap-planner.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_timeline->setObjectName(QStringLiteral("timelineTab"));
    m_dsa->setObjectName(QStringLiteral("dsaTab"));
    m_applications->setObjectName(QStringLiteral("applicationsTab"));
    m_skills->setObjectName(QStringLiteral("skillsTab"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_dsa, tr("&DSA Log"));
    m_tabs->addTab(m_applications, tr("&Applications"));
    m_tabs->addTab(m_skills, tr("&Skills"));
    setCentralWidget(m_tabs);

    m_statusLine->setObjectName(QStringLiteral("todayStatusLabel"));
    statusBar()->addWidget(m_statusLine, 1);
    createMenus();

    connect(&m_ws.roadmapModel(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::refreshStatusBar);
    connect(&m_ws.roadmapModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::refreshStatusBar);
    connect(&m_ws.applicationModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::refreshStatusBar);
    // The model now announces single rows, not only resets.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_ws.applicationModel(), signal, this, &MainWindow::refreshStatusBar);
    connect(&m_ws.undoStack(), &QUndoStack::indexChanged, this, [this] {
        // Say what the last edit was, so undo is discoverable without dialogs.
        const QUndoStack& stack = m_ws.undoStack();
        if (stack.index() > 0)
            statusBar()->showMessage(
                tr("%1 — Ctrl+Z to undo").arg(stack.command(stack.index() - 1)->text()), 4000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_timeline->restoreState();
    refreshStatusBar();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import Roadmap…"), this, &MainWindow::importRoadmap);
    import->setObjectName(QStringLiteral("importRoadmapAction"));
    import->setShortcut(QKeySequence::Open);
    QAction* exportAction =
        file->addAction(tr("&Export Roadmap…"), this, &MainWindow::exportRoadmap);
    exportAction->setObjectName(QStringLiteral("exportRoadmapAction"));
    exportAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_ws.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_ws.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* add = edit->addAction(tr("&Quick Add"), this, &MainWindow::quickAdd);
    add->setShortcut(QKeySequence::New);
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("Timeline"), tr("DSA Log"), tr("Applications"), tr("Skills")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* action = view->addAction(names[i], this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(tr("&About Roadmap Planner"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::todayLine() const
{
    QStringList parts;
    const QString where = m_timeline->whereToday();
    if (!where.isEmpty())
        parts << where;
    const RoadmapModel& roadmap = m_ws.roadmapModel();
    parts << tr("%1/%2 plan items done").arg(roadmap.doneCount()).arg(roadmap.itemCount());
    parts << tr("%1/%2 applications today")
                 .arg(m_applications->appliedToday())
                 .arg(m_ws.settings().intValue(SettingsStore::DailyGoalMin, 15));
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_timeline->saveState();
    event->accept();
}

void MainWindow::quickAdd()
{
    if (m_tabs->currentWidget() == m_applications) {
        m_applications->focusQuickAdd();
    } else {
        m_tabs->setCurrentWidget(m_dsa);
        m_dsa->focusQuickAdd();
    }
}

void MainWindow::focusSearch()
{
    if (m_tabs->currentWidget() == m_dsa)
        m_dsa->focusSearch();
    else if (m_tabs->currentWidget() == m_applications)
        m_applications->focusSearch();
    else {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->focusSearch();
    }
}

void MainWindow::importRoadmap()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Roadmap"), QString(), tr("Markdown files (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::readFile(path, &plan, &error)) {
        QMessageBox::warning(this, tr("Import Roadmap"), error);
        return;
    }
    QString details = tr("%1 checklist items, %2 of them done.\n%3 topic targets, %4 skill "
                         "milestones.")
                          .arg(plan.itemCount())
                          .arg(plan.doneCount())
                          .arg(plan.topicTargets.size())
                          .arg(plan.milestones.size());
    if (!plan.warnings.isEmpty())
        details += u'\n' + plan.warnings.join(u'\n');
    QMessageBox box(QMessageBox::Question, tr("Import Roadmap"),
                    tr("Replace the current plan with \"%1\"?")
                        .arg(plan.title.isEmpty() ? path : plan.title),
                    QMessageBox::Cancel, this);
    box.setInformativeText(details);
    QPushButton* replace = box.addButton(tr("Replace Plan"), QMessageBox::AcceptRole);
    box.setDefaultButton(replace);
    box.exec();
    if (box.clickedButton() != replace)
        return;
    if (!m_ws.importPlan(plan)) {
        QMessageBox::warning(this, tr("Import Roadmap"), m_ws.errorString());
        return;
    }
    statusBar()->showMessage(tr("Imported %n item(s)", "", plan.itemCount()), 5000);
}

void MainWindow::exportRoadmap()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Roadmap"),
                                                      QStringLiteral("roadmap.md"),
                                                      tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray text = RoadmapMarkdownWriter::write(
        m_ws.roadmap().loadAll(), m_ws.settings().value(SettingsStore::PlanPreamble)).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export Roadmap"),
                             tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported the plan to %1").arg(path), 5000);
}

void MainWindow::showShortcuts()
{
    const QString rows = tr("<tr><td>Ctrl+1 … Ctrl+4</td><td>Switch tab</td></tr>"
                            "<tr><td>%1</td><td>Quick add (problem or application)</td></tr>"
                            "<tr><td>%2</td><td>Search in the current tab</td></tr>"
                            "<tr><td>Space</td><td>Tick or untick the selected item</td></tr>"
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
           "NeetCode problem list (MIT, © 2022 neetcode-gh).</p>")
            .arg(QStringLiteral(PLANNER_VERSION), m_ws.database().path().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}
