#include "ImportPreviewDialog.h"

#include "core/roadmap/PlanDescription.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const ParsedPlan& plan,
                                         const QVector<RoadmapNode>& currentPlan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_current(currentPlan)
    , m_merge(
          new QRadioButton(tr("&Re-import over the current plan — keep my ticks and notes"), this))
    , m_replace(new QRadioButton(tr("Start a &new plan from this file"), this))
    , m_changes(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Roadmap — %1").arg(QFileInfo(fileName).fileName()));

    auto* summary = new QLabel(PlanDescription::counts(plan), this);
    summary->setObjectName(QStringLiteral("importCountsLabel"));
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);

    // The tree as it will be imported.
    QTreeWidget* tree = m_tree;
    tree->setObjectName(QStringLiteral("importTreeWidget"));
    tree->setHeaderLabels({tr("Plan"), tr("Dates"), tr("Continues")});
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    // Wide enough for a typical heading; the user can widen it.
    tree->header()->resizeSection(2, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &ImportPreviewDialog::showMatchMenu);
    tree->setUniformRowHeights(true);
    QVector<QTreeWidgetItem*> items(plan.nodes.size());
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node& n = plan.nodes[i];
        QTreeWidgetItem* item =
            n.parent >= 0 ? new QTreeWidgetItem(items[n.parent]) : new QTreeWidgetItem(tree);
        item->setText(0, n.title);
        if (n.kind == RoadmapNode::Kind::Item) {
            item->setCheckState(0, n.checked ? Qt::Checked : Qt::Unchecked);
            item->setFlags(Qt::ItemIsEnabled); // a preview: not editable
        } else {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            if (n.startDate.isValid())
                item->setText(1, QLocale().toString(n.startDate, QLocale::ShortFormat) +
                                     QStringLiteral(" – ") +
                                     QLocale().toString(n.dueDate, QLocale::ShortFormat));
        }
        items[i] = item;
    }
    m_items = items;
    tree->expandToDepth(1);

    auto* found = new QListWidget(this);
    found->setObjectName(QStringLiteral("recognisedListWidget"));
    found->setWordWrap(true);
    found->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    found->addItems(PlanDescription::recognised(plan));
    for (const QString& warning : plan.warnings) {
        auto* item =
            new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), warning, found);
        item->setForeground(palette().color(QPalette::Text));
    }
    if (found->count() == 0)
        found->addItem(tr("Nothing beyond headings and checklist items."));

    auto* recognisedBox = new QGroupBox(tr("Recognised"), this);
    auto* recognisedLayout = new QVBoxLayout(recognisedBox);
    recognisedLayout->addWidget(found);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tree);
    splitter->addWidget(recognisedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_merge->setObjectName(QStringLiteral("mergeRadioButton"));
    m_replace->setObjectName(QStringLiteral("replaceRadioButton"));
    m_changes->setObjectName(QStringLiteral("importChangesLabel"));
    m_changes->setWordWrap(true);
    auto* modeBox = new QGroupBox(tr("How to import"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_merge);
    modeLayout->addWidget(m_replace);
    modeLayout->addWidget(m_changes);
    const bool hasPlan = !m_current.isEmpty();
    m_merge->setEnabled(hasPlan);
    // Re-import is the natural choice for a newer copy of the same plan; a file
    // that shares little with the current plan is more likely a new plan.
    const PlanImporter::Report overlap = PlanImporter::preview(m_current, plan);
    const bool samePlan = hasPlan && overlap.matched * 2 >= int(plan.nodes.size());
    (samePlan ? m_merge : m_replace)->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QRadioButton::toggled, this, &ImportPreviewDialog::updateChanges);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(modeBox);
    layout->addWidget(buttons);
    resize(900, 620);
    updateChanges();
}

ImportPlanCommand::Mode ImportPreviewDialog::mode() const
{
    return m_merge->isChecked() ? ImportPlanCommand::Mode::Merge : ImportPlanCommand::Mode::Replace;
}

void ImportPreviewDialog::updateChanges()
{
    const bool merge = m_merge->isChecked();
    const PlanImporter::Report report = PlanImporter::preview(m_current, m_plan, m_overrides);
    for (QTreeWidgetItem* item : std::as_const(m_items)) {
        item->setText(2, QString());
        item->setToolTip(2, QString());
    }
    if (merge) {
        for (const PlanImporter::Inherited& i : report.inherited) {
            QTreeWidgetItem* item = m_items.value(i.node);
            if (!item || i.followsParent)
                continue;
            item->setText(2, i.oldTitle);
            item->setToolTip(2, tr("Keeps the ticks, notes, dates and status of \"%1\". "
                                   "Right-click to import it as new instead.")
                                    .arg(i.oldPath.isEmpty() ? i.oldTitle : i.oldPath));
        }
    }
    bool anyShown = false;
    for (const QTreeWidgetItem* item : std::as_const(m_items))
        anyShown = anyShown || !item->text(2).isEmpty();
    m_tree->setColumnHidden(2, !merge || !anyShown);
    if (merge) {
        m_changes->setText(
            PlanDescription::changes(report) +
            tr(". Nodes are matched by heading path and title, and renamed or moved ones by "
               "their content (the Continues column). Undo (Ctrl+Z) takes the import back."));
    } else {
        m_changes->setText(tr("The current plan is replaced; problems, applications and skills "
                              "stay. Undo (Ctrl+Z) takes the import back."));
    }
}

void ImportPreviewDialog::showMatchMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_tree->itemAt(at);
    const int node = int(m_items.indexOf(item));
    if (node < 0 || !m_merge->isChecked())
        return;
    QMenu menu(this);
    if (m_overrides.contains(node)) {
        menu.addAction(tr("Match Again by Content"), this, [this, node] {
            m_overrides.remove(node);
            updateChanges();
        });
    } else if (!item->text(2).isEmpty()) {
        menu.addAction(tr("Import as New (do not continue \"%1\")").arg(item->text(2)), this,
                       [this, node] {
                           m_overrides.insert(node, -1);
                           updateChanges();
                       });
    }
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(at));
}
