#include "DsaTab.h"

#include "core/Workspace.h"
#include "core/dsa/AddProblemCommand.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemCsvWriter.h"
#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemImporter.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemQuickAdd.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/dsa/TopicStore.h"
#include "core/io/AtomicFile.h"
#include "core/storage/EditStack.h"
#include "core/today/Today.h"
#include "gui/common/ColumnFitter.h"
#include "gui/common/EmptyStateStack.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/ImportRunner.h"
#include "gui/common/LineEditUndoFilter.h"
#include "gui/common/StatusTimeouts.h"
#include "gui/dsa/CataloguePickDialog.h"
#include "gui/dsa/DsaStatsPanel.h"
#include "gui/dsa/DsaTopicsPanel.h"
#include "gui/dsa/DueTodayPanel.h"
#include "gui/dsa/ProblemDialog.h"
#include "gui/dsa/ProblemFilterBar.h"
#include "gui/dsa/ProblemImportDialog.h"

#include <QAction>
#include <QDate>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    // Uniform row heights: the view never measures 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace

DsaTab::DsaTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_quickAdd(new QLineEdit(this))
    , m_quickAddHint(new QLabel(this))
    , m_proxy(new ProblemFilterProxy(this))
    , m_filters(new ProblemFilterBar(m_proxy, workspace.topics(), this))
    , m_problems(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_shown(new QLabel(this))
{
    m_quickAdd->setObjectName(QStringLiteral("quickAddLineEdit"));
    m_quickAdd->setPlaceholderText(
        tr("Log a problem and press Enter — e.g. two sum #arrays easy 25m solved @amazon *4"));
    m_quickAdd->setAccessibleName(tr("Quick add a problem"));
    m_quickAdd->setToolTip(tr("#topic  easy/medium/hard  todo/attempted/solved/revisit  25m or "
                              "1h10m  @company  *1…*5 confidence  a link"));
    m_quickAddHint->setObjectName(QStringLiteral("quickAddHintLabel"));
    m_quickAddHint->setTextFormat(Qt::PlainText);
    // The hint row keeps its height while empty, so a hint never moves the table.
    // What an edit did is said in the window's status bar (see say()).
    QSizePolicy hintPolicy = m_quickAddHint->sizePolicy();
    hintPolicy.setRetainSizeWhenHidden(true);
    m_quickAddHint->setSizePolicy(hintPolicy);
    m_counts->setObjectName(QStringLiteral("problemCountsLabel"));
    m_shown->setObjectName(QStringLiteral("shownCountLabel"));

    auto* catalogue = new QPushButton(tr("Pick from &catalogue…"), this);
    catalogue->setObjectName(QStringLiteral("cataloguePushButton"));
    catalogue->setToolTip(tr("Add problems from the built-in NeetCode 150 / Blind 75 list"));
    auto* import = new QPushButton(tr("&Import list…"), this);
    import->setObjectName(QStringLiteral("importPushButton"));
    import->setToolTip(tr("Import a NeetCode JSON or LeetCode-style CSV list, with a preview"));
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportPushButton"));
    connect(catalogue, &QPushButton::clicked, this, &DsaTab::pickFromCatalogue);
    connect(import, &QPushButton::clicked, this, &DsaTab::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &DsaTab::exportCsv);

    m_proxy->setSourceModel(&m_ws.problemModel());
    m_problems->setObjectName(QStringLiteral("problemTableView"));
    // Before the model: the row header's size set on 100,000 sections was a
    // tenth of the tab's first visit.
    setUpTable(m_problems);
    m_problems->setModel(m_proxy);
    // The indicator before enabling sorting: enabling sorts by what the header
    // shows (column 0 descending by default), so setting the order afterwards
    // sorted 100,000 rows twice on the tab's first visit.
    m_problems->horizontalHeader()->setSortIndicator(ProblemModel::TitleColumn, Qt::AscendingOrder);
    m_problems->setSortingEnabled(true);
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setContextMenuPolicy(Qt::CustomContextMenu);
    // Short columns fit their contents, topics get a fixed share and the title
    // takes the rest. The short columns hold words from short lists, dates and
    // small numbers, so the visible rows and 100 around them measure them as well
    // as Qt's default 1,000 do: at 100,000 problems those 1,000 text layouts were
    // a third of the tab's first visit.
    QHeaderView* header = m_problems->horizontalHeader();
    header->setResizeContentsPrecision(100);
    QList<int> shortColumns;
    for (int c = 0; c < m_problems->model()->columnCount(); ++c) {
        if (c != ProblemModel::TitleColumn && c != ProblemModel::TopicsColumn)
            shortColumns.append(c);
    }
    new ColumnFitter(m_problems, shortColumns);
    header->setSectionResizeMode(ProblemModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemModel::TopicsColumn, QHeaderView::Interactive);
    m_problems->setColumnWidth(ProblemModel::TopicsColumn, fontMetrics().averageCharWidth() * 18);
    m_problems->setAccessibleName(tr("Problems"));
    connect(m_problems, &QTableView::doubleClicked, this, &DsaTab::editCurrent);
    connect(m_problems, &QWidget::customContextMenuRequested, this, &DsaTab::showContextMenu);

    m_problemStack = new EmptyStateStack(
        m_problems, &m_ws.problemModel(),
        tr("No problems logged yet.\nType one in the line above and press Enter — "
           "for example \"two sum #arrays easy 25m solved\" — or pick from the catalogue."),
        this);

    auto* problemsBox = new QGroupBox(tr("Problems"), this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_filters);
    problemsLayout->addWidget(m_problemStack, 1);
    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_shown);
    problemsLayout->addLayout(countsRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dsaSplitter"));
    splitter->addWidget(buildSide());
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1000, 2000}); // a third for reviews/topics/stats, the rest for the table

    auto* top = new QHBoxLayout;
    top->addWidget(m_quickAdd, 1);
    top->addWidget(catalogue);
    top->addWidget(import);
    top->addWidget(exportButton);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_quickAddHint);
    messageRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(messageRow);
    layout->addWidget(splitter, 1);

    buildActions();
    LineEditUndoFilter::install(m_quickAdd);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, &DsaTab::addFromQuickLine);
    connect(m_quickAdd, &QLineEdit::textEdited, this, &DsaTab::offerTopics);
    // The proxy re-maps in one layout change per filter change; count from the proxy,
    // never with SQL per keystroke.
    const auto updateShown = [this] {
        const int shown = m_proxy->rowCount();
        m_shown->setText(shown == m_ws.problemModel().rowCount() ? QString()
                                                                 : tr("%n shown", "", shown));
    };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateShown);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateShown);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateShown);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateShown);
    connect(&m_ws.problems(), &ProblemStore::changed, this, &DsaTab::onStoreChanged);
    connect(&m_ws.problemModel(), &QAbstractItemModel::modelReset, this, &DsaTab::onStoreChanged);
    connect(&m_ws.topics(), &TopicStore::changed, m_filters, &ProblemFilterBar::refreshTopics);
    connect(&m_ws.today(), &Today::changed, this, &DsaTab::refreshCounts);
    refreshCounts();
    m_quickAddHint->hide();
}

QWidget* DsaTab::buildSide()
{
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("dsaSideTabWidget"));
    m_due = new DueTodayPanel(m_ws, m_side);

    m_topicsPanel = new DsaTopicsPanel(m_ws, m_side);
    setUpTable(m_topicsPanel->view());
    connect(m_topicsPanel, &DsaTopicsPanel::topicActivated, m_filters,
            &ProblemFilterBar::showTopic);
    connect(m_topicsPanel, &DsaTopicsPanel::resetRequested, this, &DsaTab::resetProgress);

    m_stats = new DsaStatsPanel(m_ws, m_side);
    m_side->addTab(m_due, tr("Due today"));
    m_side->addTab(m_topicsPanel, tr("Topics"));
    m_side->addTab(m_stats, tr("Stats"));
    // The tab says how many reviews wait; with none, the side opens on the
    // topics, so an empty list does not take a third of the screen.
    const auto countReviews = [this] {
        const int due = m_ws.today().counts().reviewsDue;
        m_side->setTabText(m_side->indexOf(m_due), tr("Due today (%L1)").arg(due));
    };
    connect(&m_ws.today(), &Today::changed, this, countReviews);
    countReviews();
    if (m_ws.today().counts().reviewsDue == 0)
        m_side->setCurrentWidget(m_topicsPanel);
    connect(m_side, &QTabWidget::currentChanged, this, [this] {
        if (m_side->currentWidget() == m_stats)
            m_stats->refresh();
    });
    return m_side;
}

void DsaTab::buildActions()
{
    auto* edit = new QAction(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editProblemAction"));
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &DsaTab::editCurrent);
    m_problems->addAction(edit);
    auto* remove = new QAction(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteProblemsAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &DsaTab::deleteSelected);
    m_problems->addAction(remove);

    m_statusMenu = new QMenu(tr("Set &status"), this);
    for (const auto s : Problem::Statuses) {
        QAction* a = m_statusMenu->addAction(ProblemModel::statusName(s), this,
                                             [this, s] { setSelectedStatus(s); });
        a->setObjectName(QStringLiteral("status_%1_Action").arg(Problem::statusKey(s)));
    }
    m_difficultyMenu = new QMenu(tr("Set &difficulty"), this);
    for (const auto d : Problem::Difficulties) {
        m_difficultyMenu->addAction(ProblemModel::difficultyName(d), this,
                                    [this, d] { setSelectedDifficulty(d); });
    }
}

void DsaTab::showContextMenu(const QPoint& pos)
{
    if (selectedIds().isEmpty())
        return;
    QMenu menu(this);
    for (QAction* a : m_problems->actions()) {
        if (a->objectName() == QLatin1String("editProblemAction"))
            menu.addAction(a);
    }
    menu.addMenu(m_statusMenu);
    menu.addMenu(m_difficultyMenu);
    menu.addAction(tr("Add &topic…"), this, [this] {
        bool ok = false;
        const QString topic = QInputDialog::getItem(this, tr("Add topic"), tr("Topic:"),
                                                    m_ws.topics().names(), 0, true, &ok);
        if (ok && !topic.trimmed().isEmpty())
            addTopicToSelected(topic.trimmed());
    });
    menu.addAction(tr("&Reset progress"), this,
                   [this] { resetProgress(selectedIds(), tr("the selection")); });
    menu.addSeparator();
    for (QAction* a : m_problems->actions()) {
        if (a->objectName() == QLatin1String("deleteProblemsAction"))
            menu.addAction(a);
    }
    menu.exec(m_problems->viewport()->mapToGlobal(pos));
}

void DsaTab::focusQuickAdd()
{
    m_quickAdd->setFocus(Qt::ShortcutFocusReason);
}

QTableView* DsaTab::topicView() const
{
    return m_topicsPanel->view();
}

void DsaTab::focusSearch()
{
    m_filters->search()->setFocus(Qt::ShortcutFocusReason);
    m_filters->search()->selectAll();
}

void DsaTab::selectProblem(qint64 id)
{
    // Opened from the Today view: show the review list and the problem's row
    // (a filter that hides it is left as the user set it).
    m_side->setCurrentWidget(m_due);
    const int row = m_ws.problemModel().rowOf(id);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_ws.problemModel().index(row, 0));
    if (!index.isValid())
        return;
    m_problems->setCurrentIndex(index);
    m_problems->scrollTo(index);
    m_problems->setFocus(Qt::OtherFocusReason);
}

void DsaTab::push(QUndoCommand* command)
{
    // MainWindow says in the status bar what the step did and that Ctrl+Z undoes it.
    m_ws.undoStack().push(command);
}

void DsaTab::say(const QString& text)
{
    // A transient message: the window's status bar, never a line pushed into the tab.
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(text, StatusTimeouts::Done);
}

void DsaTab::addFromQuickLine()
{
    Problem problem;
    QString error;
    if (!ProblemQuickAdd::parse(m_quickAdd->text(), QDate::currentDate(), &problem, &error)) {
        m_quickAddHint->setText(error);
        m_quickAddHint->show();
        return;
    }
    if (m_ws.problems().exists(problem.slug)) {
        m_quickAddHint->setText(tr("\"%1\" is already in your log.").arg(problem.title));
        m_quickAddHint->show();
        return;
    }
    // A refused step keeps the line, so nothing typed is lost.
    if (!m_ws.undoStack().push(new AddProblemCommand(m_ws.problems(), problem)))
        return;
    m_quickAddHint->hide();
    m_quickAdd->setText(QString()); // unlike clear(), leaves no undo step in the line
}

void DsaTab::offerTopics(const QString& text)
{
    // While a #topic is being typed, list the plan's topics the way the line
    // takes them, so problems land on the topics that count for the targets.
    const QString last = text.section(u' ', -1);
    if (!last.startsWith(u'#')) {
        if (m_quickAddHint->property("topics").toBool()) {
            m_quickAddHint->hide();
            m_quickAddHint->setProperty("topics", false);
        }
        return;
    }
    QStringList offered;
    for (const QString& name : m_ws.topics().names()) {
        const QString tag = u'#' + name.toLower().replace(u' ', u'-');
        if (tag.startsWith(last.toLower()) && offered.size() < 8)
            offered << tag;
    }
    if (offered.isEmpty())
        return;
    m_quickAddHint->setText(tr("Topics: %1").arg(offered.join(QStringLiteral("  "))));
    m_quickAddHint->setProperty("topics", true);
    m_quickAddHint->show();
}

QVector<qint64> DsaTab::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex& index : m_problems->selectionModel()->selectedRows())
        ids.append(index.data(ProblemModel::IdRole).toLongLong());
    return ids;
}

void DsaTab::editSelected(const QString& text, const std::function<void(ProblemRecord&)>& edit)
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QVector<ProblemRecord> before = m_ws.problems().records(ids);
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after)
        edit(r);
    push(new ReplaceProblemsCommand(m_ws.problems(), before, after, text));
}

void DsaTab::deleteSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // No confirmation: the delete is one undo step, and the message offers Undo.
    push(new ReplaceProblemsCommand(m_ws.problems(), m_ws.problems().records(ids), {},
                                    tr("Deleted %n problem(s)", "", int(ids.size()))));
}

void DsaTab::setSelectedStatus(Problem::Status status)
{
    const QDate today = QDate::currentDate();
    editSelected(tr("Set %n problem(s) to %1", "", int(selectedIds().size()))
                     .arg(ProblemModel::statusName(status)),
                 [&](ProblemRecord& r) {
                     if (r.problem.status != status)
                         ProblemEdits::setStatus(r, status, today);
                 });
}

void DsaTab::setSelectedDifficulty(Problem::Difficulty difficulty)
{
    editSelected(tr("Set %n problem(s) to %1", "", int(selectedIds().size()))
                     .arg(ProblemModel::difficultyName(difficulty)),
                 [&](ProblemRecord& r) { r.problem.difficulty = difficulty; });
}

void DsaTab::addTopicToSelected(const QString& topic)
{
    editSelected(tr("Added topic %1 to %n problem(s)", "", int(selectedIds().size())).arg(topic),
                 [&](ProblemRecord& r) {
                     if (!r.problem.topics.contains(topic, Qt::CaseInsensitive))
                         r.problem.topics.append(topic);
                 });
}

void DsaTab::resetProgress(const QVector<qint64>& ids, const QString& what)
{
    if (ids.isEmpty()) {
        say(tr("No problems in %1 to reset.").arg(what));
        return;
    }
    const QVector<ProblemRecord> before = m_ws.problems().records(ids);
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after)
        ProblemEdits::resetProgress(r);
    push(new ReplaceProblemsCommand(
        m_ws.problems(), before, after,
        tr("Reset progress of %n problem(s) in %1", "", int(ids.size())).arg(what)));
}

void DsaTab::editCurrent()
{
    const QModelIndex current = m_problems->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ProblemModel::IdRole).toLongLong();
    const QVector<ProblemRecord> before = m_ws.problems().records({id});
    if (before.isEmpty())
        return;
    ProblemDialog dialog(before.first(), m_ws.topics().names(), QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(new ReplaceProblemsCommand(m_ws.problems(), before, {dialog.result()},
                                    tr("Edit \"%1\"").arg(before.first().problem.title)));
}

void DsaTab::pickFromCatalogue()
{
    const CatalogueReader::Result catalogue = CatalogueReader::builtIn();
    QVector<Problem> problems;
    for (const CatalogueReader::Row& row : catalogue.rows)
        problems.append(row.problem);
    CataloguePickDialog dialog(problems, m_ws.problems().duplicateKeys(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    QVector<ProblemRecord> records;
    for (const Problem& p : dialog.chosen())
        records.append(ProblemEdits::newRecord(p, QDate::currentDate()));
    push(new ReplaceProblemsCommand(
        m_ws.problems(), {}, records,
        tr("Added %n problem(s) from the catalogue", "", int(records.size()))));
}

void DsaTab::chooseImportFile()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Import a problem list"), tr("Problem lists (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void DsaTab::importFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    const CatalogueReader::Result read = CatalogueReader::read(file.readAll());
    if (!read.ok()) {
        QMessageBox::warning(this, tr("Import"), tr("%1: %2").arg(path, read.error));
        return;
    }
    const ProblemImporter::Preview preview =
        ProblemImporter::preview(read, m_ws.problems().duplicateKeys());
    ProblemImportDialog dialog(name, preview, this);
    if (!dialog.ask())
        return;
    auto command = std::make_unique<ReplaceProblemsCommand>(
        m_ws.problems(), QVector<ProblemRecord>(),
        ProblemImporter::records(preview, QDate::currentDate()),
        tr("Imported %n problem(s) from %1", "", int(preview.toAdd.size())).arg(name));
    ReplaceProblemsCommand* write = command.get();
    ImportRunner::run(
        m_ws, this, tr("Importing %1").arg(name), int(preview.toAdd.size()),
        [this, write](const ChunkedWrite::Progress& progress, QString* error, bool* cancelled) {
            return write->run(m_ws.database(), progress, error, cancelled);
        },
        std::move(command));
    // The runner pushed the step itself; MainWindow says what Undo will undo.
}

void DsaTab::exportCsv()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export problems"), QStringLiteral("problems.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AtomicFile::write(path, ProblemCsvWriter::write(m_ws.problemModel().problems()), &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    say(tr("Exported %n problem(s) to %1", "", m_ws.problemModel().rowCount())
            .arg(QFileInfo(path).fileName()));
}

void DsaTab::onStoreChanged()
{
    refreshCounts();
    if (m_side->currentWidget() == m_stats)
        m_stats->refresh();
    m_filters->refreshTopics();
}

void DsaTab::refreshCounts()
{
    const ProblemModel& problems = m_ws.problemModel();
    m_counts->setText(tr("%Ln problem(s) · %L1 solved · %L2 to revisit", "", problems.rowCount())
                          .arg(problems.countWithStatus(Problem::Status::Solved))
                          .arg(problems.countWithStatus(Problem::Status::Revisit)) +
                      tr(" · %n review(s) due today", "", m_ws.today().counts().reviewsDue));
}
