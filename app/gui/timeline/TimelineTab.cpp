#include "TimelineTab.h"

#include "RoadmapFilterProxy.h"
#include "Workspace.h"
#include "common/ProgressDelegate.h"
#include "roadmap/RoadmapModel.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
    m_tree->setItemDelegateForColumn(
        RoadmapModel::ProgressColumn,
        new ProgressDelegate(RoadmapModel::DoneCountRole, RoadmapModel::ItemCountRole, m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RoadmapModel::TitleColumn, QHeaderView::Stretch);
    for (int c = RoadmapModel::ProgressColumn; c < RoadmapModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

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
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_hideDone, &QCheckBox::toggled, m_proxy, &RoadmapFilterProxy::setHideDone);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TimelineTab::showNotes);
    connect(&model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshSummary();
        refreshThisWeek();
    });
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        refreshSummary();
        refreshThisWeek();
        m_tree->expandToDepth(1);
    });
    connect(m_thisWeek, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QModelIndex source = m_ws.roadmapModel().indexForId(item->data(Qt::UserRole).toLongLong());
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (index.isValid()) {
            m_tree->scrollTo(index);
            m_tree->setCurrentIndex(index);
        }
    });

    m_tree->expandToDepth(1);
    refreshSummary();
    refreshThisWeek();
}

QString TimelineTab::whereToday() const
{
    const QStringList path = m_ws.roadmapModel().datedPathOn(QDate::currentDate());
    if (path.isEmpty())
        return {};
    // "Week 3-4 · Month 1" reads from the smallest unit outwards.
    QStringList reversed(path.crbegin(), path.crend());
    if (reversed.size() > 2)
        reversed = reversed.mid(0, 2);
    return reversed.join(QStringLiteral(" · "));
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
    const QString where = whereToday();
    const int overdue = model.overdueItemCount(QDate::currentDate());
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
            item->setToolTip(tr("Due %1").arg(QLocale().toString(n->dueDate, QLocale::ShortFormat)));
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
