#include "RoadmapImportDialog.h"

#include "core/roadmap/PlanDescription.h"
#include "gui/timeline/MatchPickerDialog.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RoadmapImportDialog::RoadmapImportDialog(const QString& fileName, const ParsedPlan& plan,
                                         const QVector<RoadmapNode>& currentPlan, QWidget* parent)
    : ImportPreviewDialog(tr("Import Roadmap — %1").arg(QFileInfo(fileName).fileName()), parent)
    , m_plan(plan)
    , m_current(currentPlan)
    , m_merge(
          new QRadioButton(tr("&Re-import over the current plan — keep my ticks and notes"), this))
    , m_replace(new QRadioButton(tr("Start a &new plan from this file"), this))
    , m_changes(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setSummary(PlanDescription::counts(plan));
    fillTree();

    // What the reader understood beyond the tree; the warnings have no line of their own.
    auto* found = new QListWidget(this);
    found->setObjectName(QStringLiteral("recognisedListWidget"));
    found->setWordWrap(true);
    found->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    found->addItems(PlanDescription::recognised(plan));
    if (found->count() == 0)
        found->addItem(tr("Nothing beyond headings and checklist items."));
    found->setMaximumHeight(fontMetrics().height() * 6);
    auto* recognisedBox = new QGroupBox(tr("Recognised"), this);
    auto* recognisedLayout = new QVBoxLayout(recognisedBox);
    recognisedLayout->addWidget(found);
    addSection(recognisedBox);
    QVector<ImportIssue> warnings;
    for (const QString& warning : plan.warnings)
        warnings.append({0, QString(), warning});
    setIssues(warnings);

    m_merge->setObjectName(QStringLiteral("mergeRadioButton"));
    m_replace->setObjectName(QStringLiteral("replaceRadioButton"));
    m_changes->setObjectName(QStringLiteral("importChangesLabel"));
    m_changes->setWordWrap(true);
    auto* modeBox = new QGroupBox(tr("How to import"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_merge);
    modeLayout->addWidget(m_replace);
    modeLayout->addWidget(m_changes);
    addSection(modeBox);
    const bool hasPlan = !m_current.isEmpty();
    m_merge->setEnabled(hasPlan);
    // Re-import is the natural choice for a newer copy of the same plan; a file
    // that shares little with the current plan is more likely a new plan.
    const PlanImporter::Report overlap = PlanImporter::preview(m_current, plan);
    const bool samePlan = hasPlan && overlap.matched * 2 >= int(plan.nodes.size());
    (samePlan ? m_merge : m_replace)->setChecked(true);
    connect(m_merge, &QRadioButton::toggled, this, &RoadmapImportDialog::updateChanges);
    // A plan of headings and notes is a plan too: Import stays on.
    setImportable(true, 0);
    resize(900, 660);
    updateChanges();
}

void RoadmapImportDialog::fillTree()
{
    QTreeWidget* tree = rows();
    setColumns({tr("Plan"), tr("Dates"), tr("Continues"), tr("Match")});
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(DatesColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ContinuesColumn, QHeaderView::Interactive);
    tree->header()->setSectionResizeMode(MatchColumn, QHeaderView::ResizeToContents);
    // Wide enough for a typical heading; the user can widen it.
    tree->header()->resizeSection(ContinuesColumn,
                                  fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &RoadmapImportDialog::showMatchMenu);
    m_items.resize(m_plan.nodes.size());
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        const ParsedPlan::Node& n = m_plan.nodes[i];
        QString dates;
        if (n.kind != RoadmapNode::Kind::Item && n.startDate.isValid())
            dates = QLocale().toString(n.startDate, QLocale::ShortFormat) + QStringLiteral(" – ") +
                    QLocale().toString(n.dueDate, QLocale::ShortFormat);
        QTreeWidgetItem* item =
            addRow({n.title, dates}, n.parent >= 0 ? m_items[n.parent] : nullptr);
        if (n.kind == RoadmapNode::Kind::Item) {
            item->setCheckState(TitleColumn, n.checked ? Qt::Checked : Qt::Unchecked);
        } else {
            QFont font = item->font(TitleColumn);
            font.setBold(true);
            item->setFont(TitleColumn, font);
        }
        m_items[i] = item;
    }
    tree->expandToDepth(1);
}

ImportPlanCommand::Mode RoadmapImportDialog::mode() const
{
    return m_merge->isChecked() ? ImportPlanCommand::Mode::Merge : ImportPlanCommand::Mode::Replace;
}

void RoadmapImportDialog::updateChanges()
{
    const bool merge = m_merge->isChecked();
    const PlanImporter::Report report = PlanImporter::preview(m_current, m_plan, m_overrides);
    const PlanMatcher::Result matches = PlanMatcher::match(m_current, m_plan, m_overrides);
    m_matchOf = matches.existing;
    QHash<int, const PlanImporter::Inherited*> inherited;
    for (const PlanImporter::Inherited& i : report.inherited)
        inherited.insert(i.node, &i);
    bool anyShown = false;
    for (int node = 0; node < m_items.size(); ++node) {
        QTreeWidgetItem* item = m_items[node];
        const PlanImporter::Inherited* from = inherited.value(node);
        const bool mentioned = from && !from->followsParent;
        anyShown = anyShown || mentioned;
        QString match = tr("New");
        if (matches.existing.value(node, -1) >= 0)
            match = !mentioned ? tr("Matched")
                    : PlanMatcher::similarity(from->oldTitle, m_plan.nodes[node].title) == 1.0
                        ? tr("Moved")
                        : tr("Renamed");
        item->setText(MatchColumn, match);
        item->setText(ContinuesColumn, mentioned ? from->oldTitle : QString());
        item->setToolTip(ContinuesColumn,
                         mentioned
                             ? tr("Keeps the ticks, notes, dates and status of \"%1\". "
                                  "Right-click to import it as new instead.")
                                   .arg(from->oldPath.isEmpty() ? from->oldTitle : from->oldPath)
                             : QString());
    }
    rows()->setColumnHidden(ContinuesColumn, !merge || !anyShown);
    rows()->setColumnHidden(MatchColumn, !merge);
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

void RoadmapImportDialog::showMatchMenu(const QPoint& at)
{
    QTreeWidgetItem* item = rows()->itemAt(at);
    const int node = int(m_items.indexOf(item));
    if (node < 0 || !m_merge->isChecked())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("matchMenu"));
    if (m_overrides.contains(node)) {
        menu.addAction(tr("Match Again by Content"), this,
                       [this, node] {
                           m_overrides.remove(node);
                           updateChanges();
                       })
            ->setObjectName(QStringLiteral("matchAgainAction"));
    }
    const int old = m_matchOf.value(node, -1);
    if (old >= 0) {
        menu.addAction(tr("Import as New (do not continue \"%1\")").arg(m_current[old].title), this,
                       [this, node] {
                           m_overrides.insert(node, PlanMatcher::AsNew);
                           updateChanges();
                       })
            ->setObjectName(QStringLiteral("importAsNewAction"));
    }
    menu.addAction(tr("Continue a Different Node…"), this, [this, node] { pickMatch(node); })
        ->setObjectName(QStringLiteral("pickMatchAction"));
    menu.exec(rows()->viewport()->mapToGlobal(at));
}

void RoadmapImportDialog::pickMatch(int node)
{
    const int old = m_matchOf.value(node, -1);
    MatchPickerDialog picker(m_plan.nodes[node], m_current, old >= 0 ? m_current[old].id : 0, this);
    if (picker.exec() != QDialog::Accepted || picker.chosenId() == 0)
        return;
    m_overrides.insert(node, picker.chosenId());
    updateChanges();
}
