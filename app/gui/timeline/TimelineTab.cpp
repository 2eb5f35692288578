#include "TimelineTab.h"

#include "core/Workspace.h"
#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"
#include "gui/common/ColumnFitter.h"
#include "gui/common/ProgressDelegate.h"
#include "gui/timeline/NodeEditDialog.h"
#include "gui/timeline/RoadmapFilterProxy.h"
#include "gui/timeline/TimelineStrip.h"

#include <QAction>
#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

TimelineTab::TimelineTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_proxy(new RoadmapFilterProxy(this))
    , m_title(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_today(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_hideDone(new QCheckBox(tr("Hide finished"), this))
    , m_tree(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_weekHeading(new QLabel(this))
    , m_thisWeek(new QListWidget(this))
    , m_notes(new QTextBrowser(this))
    , m_strip(new TimelineStrip(workspace.roadmapModel(), this))
{
    RoadmapModel& model = m_ws.roadmapModel();
    m_proxy->setSourceModel(&model);

    m_title->setObjectName(QStringLiteral("planTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("planProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressText->setObjectName(QStringLiteral("planProgressLabel"));
    m_today->setObjectName(QStringLiteral("todayLabel"));
    m_today->setTextFormat(Qt::PlainText);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search the plan (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the plan"));
    m_hideDone->setObjectName(QStringLiteral("hideDoneCheckBox"));

    m_tree->setObjectName(QStringLiteral("roadmapTreeView"));
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Plan"));
    // Double-click opens the editor; F2 renames in place; drag to reorder.
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegateForColumn(
        RoadmapModel::ProgressColumn,
        new ProgressDelegate(RoadmapModel::DoneCountRole, RoadmapModel::ItemCountRole, m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RoadmapModel::TitleColumn, QHeaderView::Stretch);
    // The columns after the title hold a progress bar, dates and status words,
    // all about as wide on every row: the visible rows and 100 around them
    // measure them as well as Qt's default 1,000 do, which at 5,000 items was
    // most of the tab's first visit (a text layout per cell), and they are
    // measured when their contents change, not each time the header resizes.
    m_tree->header()->setResizeContentsPrecision(100);
    QList<int> shortColumns;
    for (int c = RoadmapModel::ProgressColumn; c < RoadmapModel::ColumnCount; ++c)
        shortColumns.append(c);
    new ColumnFitter(m_tree, shortColumns);

    m_weekHeading->setObjectName(QStringLiteral("thisWeekHeading"));
    QFont headingFont = m_weekHeading->font();
    headingFont.setBold(true);
    m_weekHeading->setFont(headingFont);
    m_thisWeek->setObjectName(QStringLiteral("thisWeekList"));
    m_thisWeek->setAccessibleName(tr("This week"));
    m_notes->setObjectName(QStringLiteral("notesBrowser"));
    m_notes->setOpenLinks(false);
    m_notes->setOpenExternalLinks(false);
    m_notes->setPlaceholderText(tr("Select a heading or item to read its notes."));
    m_notes->setAccessibleName(tr("Notes"));

    auto* header = new QVBoxLayout;
    header->addWidget(m_title);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    header->addLayout(progressRow);
    header->addWidget(m_today);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_hideDone);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_tree);

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_weekHeading);
    rightLayout->addWidget(m_thisWeek, 2);
    auto* notesHeading = new QLabel(tr("Notes"), right);
    notesHeading->setFont(headingFont);
    rightLayout->addWidget(notesHeading);
    rightLayout->addWidget(m_notes, 3);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_strip);
    layout->addWidget(m_splitter, 1);
    createActions();
    connect(m_strip, &TimelineStrip::nodeActivated, this, &TimelineTab::selectNode);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TimelineTab::showContextMenu);
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const RoadmapNode* n = m_ws.roadmapModel().node(m_proxy->mapToSource(index));
        if (n && n->isItem())
            editCurrent();
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_hideDone, &QCheckBox::toggled, m_proxy, &RoadmapFilterProxy::setHideDone);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showNotes();
        updateActions();
    });
    // Edits insert, remove and move rows in place, so expansion and selection
    // survive by themselves; only a whole new plan (an import, a restore) resets.
    connect(&model, &RoadmapModel::planChanged, this, [this] {
        refreshSummary();
        refreshThisWeek();
    });
    connect(&model, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandToDepth(1); });
    connect(m_thisWeek, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { selectNode(item->data(Qt::UserRole).toLongLong()); });

    m_tree->expandToDepth(1);
    connect(&m_ws.today(), &Today::changed, this, &TimelineTab::refreshSummary);
    refreshSummary();
    refreshThisWeek();
    updateActions();
}

void TimelineTab::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, const char* name, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        // Active while the plan tree has focus, so Delete in the search box deletes text.
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
        return action;
    };
    m_editAction = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), "editNodeAction",
                        &TimelineTab::editCurrent);
    m_renameAction = make(tr("&Rename"), QKeySequence(Qt::Key_F2), "renameNodeAction",
                          [this] { m_tree->edit(m_tree->currentIndex().siblingAtColumn(0)); });
    m_addAction =
        make(tr("&Add Item"), QKeySequence(Qt::Key_Insert), "addItemAction", &TimelineTab::addItem);
    m_deleteAction =
        make(tr("&Delete"), QKeySequence::Delete, "deleteNodeAction", &TimelineTab::removeCurrent);
    m_moveUpAction = make(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), "moveUpAction",
                          [this] { moveCurrent(-1); });
    m_moveDownAction = make(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                            "moveDownAction", [this] { moveCurrent(1); });
    const QList<std::pair<QString, RoadmapNode::Status>> statuses = {
        {tr("Mark as &To Do"), RoadmapNode::Status::Todo},
        {tr("Mark as &In Progress"), RoadmapNode::Status::Doing},
        {tr("Mark as D&one"), RoadmapNode::Status::Done},
        {tr("Mark as &Skipped"), RoadmapNode::Status::Skipped},
    };
    for (const auto& [text, status] : statuses) {
        auto* action = new QAction(text, this);
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::triggered, this,
                [this, status = status] { setCurrentStatus(int(status)); });
        m_statusActions.append(action);
    }
}

const RoadmapNode* TimelineTab::currentNode() const
{
    return m_ws.roadmapModel().node(m_proxy->mapToSource(m_tree->currentIndex()));
}

void TimelineTab::selectNode(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_ws.roadmapModel().indexForId(id));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TimelineTab::updateActions()
{
    const RoadmapNode* n = currentNode();
    for (QAction* a :
         {m_editAction, m_renameAction, m_deleteAction, m_moveUpAction, m_moveDownAction})
        a->setEnabled(n != nullptr);
    for (QAction* a : std::as_const(m_statusActions)) {
        a->setEnabled(n && n->isItem());
        a->setChecked(n && int(n->status) == a->data().toInt());
    }
}

void TimelineTab::showContextMenu(const QPoint& pos)
{
    updateActions();
    QMenu menu(this);
    if (currentNode() && currentNode()->isItem()) {
        menu.addActions(m_statusActions);
        menu.addSeparator();
    }
    menu.addAction(m_editAction);
    menu.addAction(m_renameAction);
    menu.addAction(m_addAction);
    menu.addSeparator();
    menu.addAction(m_moveUpAction);
    menu.addAction(m_moveDownAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void TimelineTab::editCurrent()
{
    const RoadmapNode* current = currentNode();
    if (!current)
        return;
    const RoadmapNode node = *current; // the model may reload while we edit
    NodeEditDialog dialog(node, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RoadmapStore& store = m_ws.roadmap();
    EditStack& stack = m_ws.undoStack();
    // One dialog, one undo step, however many fields changed.
    stack.beginMacro(tr("Edit \"%1\"").arg(node.title));
    if (dialog.title() != node.title)
        stack.push(RoadmapEdits::rename(store, node, dialog.title()));
    if (node.isItem() && dialog.status() != node.status)
        stack.push(RoadmapEdits::setStatus(store, node, dialog.status()));
    if (dialog.startDate() != node.startDate || dialog.dueDate() != node.dueDate)
        stack.push(RoadmapEdits::setDates(store, node, dialog.startDate(), dialog.dueDate()));
    if (dialog.notes() != node.notes)
        stack.push(RoadmapEdits::setNotes(store, node, dialog.notes()));
    stack.endMacro();
}

void TimelineTab::addItem()
{
    // Under a selected heading as its last item; after a selected item as its sibling.
    const RoadmapNode* current = currentNode();
    const RoadmapModel& model = m_ws.roadmapModel();
    qint64 parentId = 0;
    int position = 0;
    QDate start;
    QDate due;
    if (current && !current->isItem()) {
        parentId = current->id;
        const QModelIndex source = model.indexForId(current->id);
        const int rows = model.rowCount(source);
        position = rows > 0 ? model.node(model.index(rows - 1, 0, source))->position + 1 : 0;
        start = current->startDate;
        due = current->dueDate;
    } else if (current) {
        parentId = current->parentId;
        position = current->position + 1;
        start = current->startDate;
        due = current->dueDate;
    }
    m_ws.undoStack().push(
        RoadmapEdits::addItem(m_ws.roadmap(), parentId, position, tr("New item"), start, due));
    // Select the new item and let the user type its title.
    const QModelIndex parentIndex = parentId ? model.indexForId(parentId) : QModelIndex();
    for (int row = 0; row < model.rowCount(parentIndex); ++row) {
        const QModelIndex index = model.index(row, 0, parentIndex);
        if (model.node(index)->position == position) {
            selectNode(model.node(index)->id);
            m_tree->edit(m_tree->currentIndex());
            break;
        }
    }
}

void TimelineTab::removeCurrent()
{
    const RoadmapNode* current = currentNode();
    if (!current)
        return;
    // Undoable rather than confirmed: the status bar says how to take it back.
    m_ws.undoStack().push(RoadmapEdits::remove(m_ws.roadmap(), *current));
}

void TimelineTab::moveCurrent(int delta)
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0));
    const RoadmapModel& model = m_ws.roadmapModel();
    const RoadmapNode* current = model.node(index);
    const QModelIndex neighbour = index.sibling(index.row() + delta, 0);
    if (!current || !neighbour.isValid())
        return;
    const qint64 id = current->id;
    m_ws.undoStack().push(RoadmapEdits::move(m_ws.roadmap(), *current, current->parentId,
                                             model.node(neighbour)->position));
    selectNode(id);
}

void TimelineTab::setCurrentStatus(int status)
{
    const RoadmapNode* current = currentNode();
    if (current && current->isItem() && int(current->status) != status)
        m_ws.undoStack().push(
            RoadmapEdits::setStatus(m_ws.roadmap(), *current, RoadmapNode::Status(status)));
}

void TimelineTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TimelineTab::refreshSummary()
{
    const RoadmapModel& model = m_ws.roadmapModel();
    const QString title = m_ws.settings().value(SettingsStore::PlanTitle);
    m_title->setText(title.isEmpty() ? tr("My plan") : title);
    const int items = model.itemCount();
    const int done = model.doneCount();
    m_progress->setRange(0, std::max(1, items));
    m_progress->setValue(done);
    m_progressText->setText(items > 0 ? tr("%1 of %n item(s) done (%2%)", "", items)
                                            .arg(QLocale().toString(done))
                                            .arg(done * 100 / items)
                                      : tr("No checklist items yet"));

    const QDate start =
        QDate::fromString(m_ws.settings().value(SettingsStore::PlanStart), Qt::ISODate);
    const Today::Snapshot& today = m_ws.today().snapshot();
    const QString where = today.whereInPlan;
    const int overdue = today.overdueItems;
    QStringList parts;
    if (start.isValid())
        parts << tr("Plan started %1").arg(QLocale().toString(start, QStringLiteral("MMMM yyyy")));
    parts << (where.isEmpty() ? tr("Today is outside the plan's dated months")
                              : tr("Today: %1").arg(where));
    if (overdue > 0)
        parts << tr("%n item(s) overdue", "", overdue);
    m_today->setText(parts.join(QStringLiteral("  ·  ")));
}

void TimelineTab::refreshThisWeek()
{
    const RoadmapModel& model = m_ws.roadmapModel();
    QVector<const RoadmapNode*> items = model.openItemsOn(QDate::currentDate());
    m_weekHeading->setText(tr("This week"));
    if (items.isEmpty()) {
        items = model.actionItems();
        m_weekHeading->setText(tr("This week — the plan's action items"));
    }
    m_thisWeek->clear();
    for (const RoadmapNode* n : items) {
        auto* item = new QListWidgetItem(n->title, m_thisWeek);
        item->setData(Qt::UserRole, n->id);
        if (n->dueDate.isValid())
            item->setToolTip(
                tr("Due %1").arg(QLocale().toString(n->dueDate, QLocale::ShortFormat)));
    }
    if (items.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing open for this week. Well done!"), m_thisWeek);
        item->setFlags(Qt::NoItemFlags);
    }
}

void TimelineTab::showNotes()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const RoadmapNode* node = m_ws.roadmapModel().node(index);
    if (!node) {
        m_notes->clear();
        return;
    }
    QString text = QStringLiteral("### ") + node->titleMarkdown + QStringLiteral("\n\n");
    if (node->startDate.isValid())
        text += tr("%1 – %2").arg(QLocale().toString(node->startDate, QLocale::ShortFormat),
                                  QLocale().toString(node->dueDate, QLocale::ShortFormat)) +
                QStringLiteral("\n\n");
    text += node->notes;
    // The user's own Markdown; QTextBrowser loads no remote resources.
    m_notes->setMarkdown(text);
}

void TimelineTab::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("timeline/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("timeline/header"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("timeline/hideDone"), m_hideDone->isChecked());
}

void TimelineTab::restoreState()
{
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("timeline/splitter")).toByteArray());
    m_hideDone->setChecked(settings.value(QStringLiteral("timeline/hideDone"), false).toBool());
}
