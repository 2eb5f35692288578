#include "ApplicationsTab.h"

#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationCsvExporter.h"
#include "core/jobs/ApplicationCsvImporter.h"
#include "core/jobs/ApplicationFilterProxy.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DeleteApplicationsCommand.h"
#include "core/jobs/EditApplicationsCommand.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/MoveStageCommand.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/EditStack.h"
#include "core/storage/SetSettingsCommand.h"
#include "core/storage/SettingsStore.h"
#include "gui/common/EmptyStateStack.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/ImportRunner.h"
#include "gui/common/StatusTimeouts.h"
#include "gui/jobs/ApplicationBoard.h"
#include "gui/jobs/ApplicationDialog.h"
#include "gui/jobs/ApplicationImportDialog.h"
#include "gui/jobs/ApplicationQuickAddBar.h"
#include "gui/jobs/ApplicationSettingsDialog.h"
#include "gui/jobs/ApplicationsOverview.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ApplicationsTab::ApplicationsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_quickAdd(new ApplicationQuickAddBar(workspace, QString(), this))
    , m_search(new QLineEdit(this))
    , m_sourceFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_stageFilter(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(tr("Follow-up overdue"), this))
    , m_boardButton(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_moveButton(new QToolButton(this))
    , m_proxy(new ApplicationFilterProxy(this))
    , m_table(new QTableView(this))
    , m_views(new QStackedWidget(this))
{
    m_quickAdd->setObjectName(QStringLiteral("applicationQuickAdd"));

    m_proxy->setSourceModel(&m_ws.applicationModel());
    m_table->setObjectName(QStringLiteral("applicationTableView"));
    // The row header before the model, so its size is not set on 20,000 sections.
    m_table->verticalHeader()->hide();
    // Fixed row heights: the table does not measure 20,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setModel(m_proxy);
    // The indicator now, sorting when the table is first shown (showBoard):
    // the board's columns sort themselves, so sorting 20,000 rows for a table
    // behind the board was an eighth of the tab's first visit. Enabling sorts
    // by what the header shows, so the indicator comes first.
    m_table->horizontalHeader()->setSortIndicator(ApplicationModel::AppliedColumn,
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ApplicationModel::CompanyColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApplicationModel::RoleColumn,
                                                      QHeaderView::Stretch);
    m_table->setDragEnabled(true);
    m_board = new ApplicationBoard(m_ws, m_proxy, this);
    m_board->setObjectName(QStringLiteral("applicationBoard"));
    m_views->addWidget(m_board);
    m_views->addWidget(m_table);

    m_stack = new EmptyStateStack(
        m_views, &m_ws.applicationModel(),
        tr("No applications yet.\nType a company and a role above and press Enter "
           "(Ctrl+N jumps there), or import a CSV file from your tracker."),
        this);
    m_overview = new ApplicationsOverview(m_ws, this);
    m_overview->setObjectName(QStringLiteral("applicationsOverview"));

    auto* quickBox = new QGroupBox(tr("Quick add"), this);
    auto* quick = new QHBoxLayout(quickBox);
    quick->addWidget(m_quickAdd);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(quickBox);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openApplication(index.data(ApplicationModel::IdRole).toLongLong());
    });
    connect(m_board, &ApplicationBoard::openRequested, this, &ApplicationsTab::openApplication);
    connect(m_overview, &ApplicationsOverview::openRequested, this,
            &ApplicationsTab::openApplication);
    connect(&m_ws.settings(), &SettingsStore::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("jobs.")))
            reloadSettings();
    });
    reloadSettings();
    showBoard(QSettings().value(QStringLiteral("applications/view"), QStringLiteral("board")) ==
              QStringLiteral("board"));
}

QWidget* ApplicationsTab::createFilterBar()
{
    auto* bar = new QWidget(this);
    m_search->setObjectName(QStringLiteral("applicationSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search company, role, location, notes"));
    m_search->setAccessibleName(tr("Search applications"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilterComboBox"));
    m_sourceFilter->setAccessibleName(tr("Filter by source"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_typeFilter->setAccessibleName(tr("Filter by company type"));
    m_typeFilter->addItem(tr("All company types"), QString());
    for (const QString& t : Application::companyTypes())
        m_typeFilter->addItem(Application::companyTypeName(t), t);
    m_stageFilter->setObjectName(QStringLiteral("stageFilterComboBox"));
    m_stageFilter->setAccessibleName(tr("Filter by stage"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheckBox"));

    m_boardButton->setObjectName(QStringLiteral("boardViewToolButton"));
    m_boardButton->setText(tr("Board"));
    m_tableButton->setObjectName(QStringLiteral("tableViewToolButton"));
    m_tableButton->setText(tr("Table"));
    auto* group = new QButtonGroup(this);
    for (QToolButton* b : {m_boardButton, m_tableButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b);
    }
    connect(m_boardButton, &QToolButton::clicked, this, [this] { showBoard(true); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { showBoard(false); });

    auto* open = new QToolButton(this);
    open->setObjectName(QStringLiteral("openApplicationToolButton"));
    open->setText(tr("Open…"));
    connect(open, &QToolButton::clicked, this, [this] {
        const QVector<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            openApplication(ids.first());
    });
    m_moveButton->setObjectName(QStringLiteral("moveToToolButton"));
    m_moveButton->setText(tr("Move to"));
    m_moveButton->setPopupMode(QToolButton::InstantPopup);
    m_moveButton->setMenu(new QMenu(m_moveButton));
    auto* type = new QToolButton(this);
    type->setObjectName(QStringLiteral("setTypeToolButton"));
    type->setText(tr("Set type"));
    type->setPopupMode(QToolButton::InstantPopup);
    auto* typeMenu = new QMenu(type);
    for (const QString& t : Application::companyTypes())
        typeMenu->addAction(Application::companyTypeName(t), this,
                            [this, t] { setTypeOfSelected(t); });
    type->setMenu(typeMenu);
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("deleteApplicationsToolButton"));
    remove->setText(tr("Delete"));
    connect(remove, &QToolButton::clicked, this, &ApplicationsTab::deleteSelected);
    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &ApplicationsTab::deleteSelected);
    m_views->addAction(del);
    auto* csv = new QToolButton(this);
    csv->setObjectName(QStringLiteral("csvToolButton"));
    csv->setText(tr("CSV"));
    csv->setPopupMode(QToolButton::InstantPopup);
    auto* csvMenu = new QMenu(csv);
    csvMenu->addAction(tr("&Import Applications…"), this, &ApplicationsTab::importCsv)
        ->setObjectName(QStringLiteral("importApplicationsAction"));
    csvMenu->addAction(tr("&Export Applications…"), this, [this] { exportCsv(false); });
    csvMenu->addAction(tr("Export Stage &History…"), this, [this] { exportCsv(true); });
    csv->setMenu(csvMenu);
    auto* settings = new QToolButton(this);
    settings->setObjectName(QStringLiteral("applicationSettingsToolButton"));
    settings->setText(tr("Settings…"));
    connect(settings, &QToolButton::clicked, this, &ApplicationsTab::editSettings);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 3);
    row->addWidget(m_sourceFilter, 1);
    row->addWidget(m_typeFilter, 1);
    row->addWidget(m_stageFilter, 1);
    row->addWidget(m_overdueOnly);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_boardButton);
    row->addWidget(m_tableButton);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(open);
    row->addWidget(m_moveButton);
    row->addWidget(type);
    row->addWidget(remove);
    row->addWidget(csv);
    row->addWidget(settings);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ApplicationFilterProxy::setSearchText);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSource(m_sourceFilter->currentData().toString()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCompanyType(m_typeFilter->currentData().toString()); });
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStage(m_stageFilter->currentData().toString()); });
    connect(m_overdueOnly, &QCheckBox::toggled, m_proxy, &ApplicationFilterProxy::setOverdueOnly);
    return bar;
}

void ApplicationsTab::reloadSettings()
{
    const QStringList sources = JobSettings::sources(m_ws.settings());
    m_quickAdd->setSources(sources);

    const QString source = m_sourceFilter->currentData().toString();
    m_sourceFilter->blockSignals(true);
    m_sourceFilter->clear();
    m_sourceFilter->addItem(tr("All sources"), QString());
    for (const QString& s : sources)
        m_sourceFilter->addItem(s, s);
    m_sourceFilter->setCurrentIndex(std::max(0, m_sourceFilter->findData(source)));
    m_sourceFilter->blockSignals(false);

    const QStringList order = StageOrder::load(m_ws.settings());
    const QString stage = m_stageFilter->currentData().toString();
    m_stageFilter->blockSignals(true);
    m_stageFilter->clear();
    m_stageFilter->addItem(tr("All stages"), QString());
    m_moveButton->menu()->clear();
    for (const QString& s : order) {
        m_stageFilter->addItem(Application::stageName(s), s);
        m_moveButton->menu()->addAction(Application::stageName(s), this,
                                        [this, s] { moveSelected(s); });
    }
    m_stageFilter->setCurrentIndex(std::max(0, m_stageFilter->findData(stage)));
    m_stageFilter->blockSignals(false);
    m_board->setStageOrder(order);
}

void ApplicationsTab::showBoard(bool board)
{
    if (!board && !m_table->isSortingEnabled())
        m_table->setSortingEnabled(true);
    m_views->setCurrentWidget(board ? static_cast<QWidget*>(m_board) : m_table);
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    QSettings().setValue(QStringLiteral("applications/view"),
                         board ? QStringLiteral("board") : QStringLiteral("table"));
}

void ApplicationsTab::focusQuickAdd()
{
    m_quickAdd->focusCompany();
}

void ApplicationsTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QVector<qint64> ApplicationsTab::selectedIds() const
{
    if (m_views->currentWidget() == m_board)
        return m_board->selectedIds();
    QVector<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(ApplicationModel::IdRole).toLongLong());
    return ids;
}

void ApplicationsTab::moveSelected(const QString& stage)
{
    const QVector<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_ws.undoStack().push(
            new MoveStageCommand(m_ws.applications(), ids, stage, m_ws.applicationModel().today()));
}

void ApplicationsTab::setTypeOfSelected(const QString& companyType)
{
    QVector<ApplicationRecord> before;
    QVector<ApplicationRecord> after;
    for (qint64 id : selectedIds()) {
        ApplicationRecord r = m_ws.applications().loadRecord(id);
        before.append(r);
        r.application.companyType = companyType;
        after.append(r);
    }
    if (!after.isEmpty())
        m_ws.undoStack().push(
            new EditApplicationsCommand(m_ws.applications(), before, after,
                                        tr("Set %n application(s) to %1", "", int(after.size()))
                                            .arg(Application::companyTypeName(companyType))));
}

void ApplicationsTab::deleteSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_ws.undoStack().push(new DeleteApplicationsCommand(m_ws.applications(), ids));
}

void ApplicationsTab::openApplication(qint64 id)
{
    const ApplicationRecord before = m_ws.applications().loadRecord(id);
    if (before.application.id == 0)
        return;
    ApplicationDialog dialog(before, m_ws.settings(), StageOrder::load(m_ws.settings()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ApplicationRecord after = dialog.record();
    const bool edited = after.application.company != before.application.company ||
                        after.application.role != before.application.role ||
                        after.application.companyType != before.application.companyType ||
                        after.application.source != before.application.source ||
                        after.application.location != before.application.location ||
                        after.application.remote != before.application.remote ||
                        after.application.link != before.application.link ||
                        after.application.description != before.application.description ||
                        after.application.skillsAsked != before.application.skillsAsked ||
                        after.application.salaryAdvertised != before.application.salaryAdvertised ||
                        after.application.salaryExpected != before.application.salaryExpected ||
                        after.application.salaryOffered != before.application.salaryOffered ||
                        after.application.appliedOn != before.application.appliedOn ||
                        after.application.followUpOn != before.application.followUpOn ||
                        after.application.notes != before.application.notes ||
                        after.contacts != before.contacts || after.rounds != before.rounds;
    const bool moved = dialog.stage() != before.application.stage;
    if (!edited && !moved)
        return;
    // Field edits and a stage change from one dialog undo as one step.
    m_ws.undoStack().beginMacro(tr("Edit %1").arg(after.application.company));
    if (edited)
        m_ws.undoStack().push(
            new EditApplicationsCommand(m_ws.applications(), {before}, {after}, QString()));
    if (moved)
        m_ws.undoStack().push(new MoveStageCommand(m_ws.applications(), {id}, dialog.stage(),
                                                   m_ws.applicationModel().today()));
    m_ws.undoStack().endMacro();
}

void ApplicationsTab::editSettings()
{
    ApplicationSettingsDialog dialog(m_ws.settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QMap<QString, QString> values = dialog.values();
    if (!values.isEmpty())
        m_ws.undoStack().push(
            new SetSettingsCommand(m_ws.settings(), values, tr("Change application settings")));
}

void ApplicationsTab::importCsv()
{
    const QString path = FileDialogs::openFileName(this, tr("Import Applications"),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

bool ApplicationsTab::importCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Applications"),
                             tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    ApplicationImportDialog dialog(file.readAll(), QDir::toNativeSeparators(path),
                                   m_ws.applicationModel().applications(),
                                   m_ws.applicationModel().today(), this);
    if (!dialog.ask())
        return false;
    const QVector<ApplicationRecord> records = ApplicationCsvImporter::records(dialog.result());
    // One transaction, one undo step: Ctrl+Z takes the whole import back.
    auto command = std::make_unique<AddApplicationCommand>(
        m_ws.applications(), records, tr("Import %n application(s)", "", int(records.size())));
    AddApplicationCommand* write = command.get();
    return ImportRunner::run(
        m_ws, this, tr("Importing %1").arg(QFileInfo(path).fileName()), int(records.size()),
        [this, write](const ChunkedWrite::Progress& progress, QString* error, bool* cancelled) {
            return write->run(m_ws.database(), progress, error, cancelled);
        },
        std::move(command));
}

void ApplicationsTab::exportCsv(bool history)
{
    const QString path = FileDialogs::saveFileName(
        this, history ? tr("Export Stage History") : tr("Export Applications"),
        history ? tr("stage-history.csv") : tr("applications.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ApplicationStore& store = m_ws.applications();
    const QVector<Application> apps = store.loadAll();
    const QByteArray bytes = history
                                 ? ApplicationCsvExporter::history(apps, store.allHistory())
                                 : ApplicationCsvExporter::applications(apps, store.allHistory());
    QString error;
    if (!AtomicFile::write(path, bytes, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    // A transient message: the window's status bar, never a line pushed into the tab.
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(tr("Exported %n application(s) to %1.", "", int(apps.size()))
                                           .arg(QDir::toNativeSeparators(path)),
                                       StatusTimeouts::Done);
}
