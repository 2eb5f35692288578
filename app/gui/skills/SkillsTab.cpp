#include "SkillsTab.h"

#include "core/Workspace.h"
#include "core/skills/AddSkillCommand.h"
#include "core/skills/RemoveSkillCommand.h"
#include "core/skills/SkillCategory.h"
#include "core/skills/SkillLevelScale.h"
#include "core/skills/SkillModel.h"
#include "core/storage/EditStack.h"
#include "core/storage/SetSettingsCommand.h"
#include "core/storage/SettingsStore.h"
#include "gui/charts/ChartExportDialog.h"
#include "gui/charts/ChartFactory.h"
#include "gui/charts/ChartPanel.h"
#include "gui/common/EmptyStateStack.h"
#include "gui/skills/SkillBarDelegate.h"
#include "gui/skills/SkillEvidencePanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString splitterKey = QStringLiteral("skills/tableSplitter");
const QString leftSplitterKey = QStringLiteral("skills/lowerSplitter");
const QString chartKey = QStringLiteral("skills/chart");
} // namespace

SkillsTab::SkillsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_evidence(new SkillEvidencePanel(workspace, this))
    , m_chartPicker(new QComboBox(this))
    , m_charts(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_leftSplitter(new QSplitter(Qt::Horizontal, this))
{
    m_summary->setObjectName(QStringLiteral("skillsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("skillTableView"));
    m_table->setModel(&m_ws.skillModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new SkillBarDelegate(m_ws.skillModel(), m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    // Milestone columns come and go with a model reset, so the header fits
    // them itself (ColumnFitter fits a fixed set of columns).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Skills against milestone targets"));
    m_table->setToolTip(tr("Double-click a level, target, category or note to change it"));

    auto* deleteAction = new QAction(tr("Delete Skill"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &SkillsTab::deleteSelectedSkills);
    m_table->addAction(deleteAction);

    auto* stack = new EmptyStateStack(
        m_table, &m_ws.skillModel(),
        tr("No skills yet.\nImport a plan with a skill-progression block to set milestone "
           "targets, or press Add Skill."),
        this);

    auto* addButton = new QPushButton(tr("&Add Skill…"), this);
    addButton->setObjectName(QStringLiteral("addSkillPushButton"));
    auto* deleteButton = new QPushButton(tr("&Delete Skill"), this);
    deleteButton->setObjectName(QStringLiteral("deleteSkillPushButton"));
    auto* namesButton = new QPushButton(tr("Level &Names…"), this);
    namesButton->setObjectName(QStringLiteral("levelNamesPushButton"));
    namesButton->setToolTip(tr("Rename the levels of the 14-cell scale or move their limits"));
    connect(addButton, &QPushButton::clicked, this, &SkillsTab::addSkill);
    connect(deleteButton, &QPushButton::clicked, this, &SkillsTab::deleteSelectedSkills);
    connect(namesButton, &QPushButton::clicked, this, &SkillsTab::editLevelNames);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(namesButton);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(stack, 1);

    m_chartPicker->setObjectName(QStringLiteral("chartPickerComboBox"));
    m_chartPicker->setAccessibleName(tr("Chart"));
    for (const ChartFactory::Info& info : ChartFactory::charts()) {
        m_chartPicker->addItem(info.title, info.name);
        m_charts->addWidget(new QWidget(m_charts)); // placeholder until first shown
    }
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportChartPushButton"));
    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportChart(m_chartPicker->currentData().toString()); });
    auto* chartLabel = new QLabel(tr("&Chart:"), this);
    chartLabel->setBuddy(m_chartPicker);
    auto* chartBar = new QHBoxLayout;
    chartBar->addWidget(chartLabel);
    chartBar->addWidget(m_chartPicker, 1);
    chartBar->addWidget(exportButton);
    auto* chartArea = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartBar);
    // A chart with many rows asks for more height than there is; it scrolls.
    auto* chartScroll = new QScrollArea(chartArea);
    chartScroll->setObjectName(QStringLiteral("chartScrollArea"));
    chartScroll->setWidget(m_charts);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartLayout->addWidget(chartScroll, 1);
    // The table shows at least eight skills at 1366×768; the chart takes the rest
    // (its charts scroll or group rather than squeeze names off the axis).
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 8 +
                              m_table->horizontalHeader()->sizeHint().height() +
                              2 * m_table->frameWidth());
    chartArea->setMinimumHeight(fontMetrics().height() * 14);

    // The table needs the full width for its bars; below it the evidence for
    // the selected skill sits beside the chart area.
    m_leftSplitter->setObjectName(QStringLiteral("skillsLowerSplitter"));
    m_leftSplitter->addWidget(m_evidence);
    m_leftSplitter->addWidget(chartArea);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 3);
    m_splitter->setObjectName(QStringLiteral("skillsSplitter"));
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(&m_ws.skillModel(), &QAbstractItemModel::modelReset, this, &SkillsTab::refreshSummary);
    connect(&m_ws.skillModel(), &QAbstractItemModel::dataChanged, this, &SkillsTab::refreshSummary);
    connect(&m_ws.skillModel(), &QAbstractItemModel::rowsInserted, this,
            &SkillsTab::refreshSummary);
    connect(&m_ws.skillModel(), &QAbstractItemModel::rowsRemoved, this, &SkillsTab::refreshSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_evidence->setSkill(currentSkill()); });
    connect(&m_ws.skillModel(), &QAbstractItemModel::modelReset, this,
            [this] { m_evidence->setSkill(currentSkill()); });
    connect(m_chartPicker, &QComboBox::currentIndexChanged, this, &SkillsTab::showChart);

    QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_leftSplitter->restoreState(settings.value(leftSplitterKey).toByteArray());
    const int chart = m_chartPicker->findData(settings.value(chartKey).toString());
    m_chartPicker->setCurrentIndex(std::max(0, chart));
    showChart(m_chartPicker->currentIndex());
    refreshSummary();
    if (m_ws.skillModel().rowCount() > 0)
        m_table->setCurrentIndex(m_ws.skillModel().index(0, 0));
}

SkillsTab::~SkillsTab()
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(leftSplitterKey, m_leftSplitter->saveState());
    settings.setValue(chartKey, m_chartPicker->currentData().toString());
}

ChartPanel* SkillsTab::currentChart() const
{
    return qobject_cast<ChartPanel*>(m_charts->currentWidget());
}

qint64 SkillsTab::currentSkill() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SkillModel::IdRole).toLongLong() : 0;
}

void SkillsTab::showChart(int pickerIndex)
{
    if (pickerIndex < 0)
        return;
    QWidget* page = m_charts->widget(pickerIndex);
    if (!qobject_cast<ChartPanel*>(page)) {
        // Charts are made on first use: most sessions look at one or two.
        ChartPanel* chart =
            ChartFactory::create(m_chartPicker->itemData(pickerIndex).toString(), m_ws, m_charts);
        connect(chart, &ChartPanel::exportRequested, this, &SkillsTab::exportChart);
        m_charts->insertWidget(pickerIndex, chart);
        m_charts->removeWidget(page);
        page->deleteLater();
        page = chart;
    }
    m_charts->setCurrentWidget(page);
}

void SkillsTab::exportChart(const QString& chartName)
{
    ChartExportDialog dialog(m_ws, chartName, this);
    dialog.exec();
}

void SkillsTab::addSkill()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Skill"), tr("Skill name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto* command = new AddSkillCommand(m_ws.skills(), name, SkillCategory::guess(name));
    m_ws.undoStack().push(command);
    const int row = m_ws.skillModel().rowOf(command->skillId());
    if (row < 0) {
        QMessageBox::information(this, tr("Add Skill"),
                                 tr("There is already a skill named \"%1\".").arg(name));
        return;
    }
    m_table->setCurrentIndex(m_ws.skillModel().index(row, SkillModel::LevelColumn));
}

void SkillsTab::deleteSelectedSkills()
{
    QVector<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(SkillModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentSkill() > 0)
        ids.append(currentSkill());
    if (ids.isEmpty())
        return;
    // One undo step for the whole selection; no dialog, since undo brings them back.
    m_ws.undoStack().beginMacro(tr("Delete %n skill(s)", "", int(ids.size())));
    for (qint64 id : ids)
        m_ws.undoStack().push(new RemoveSkillCommand(m_ws.skills(), id));
    m_ws.undoStack().endMacro();
}

void SkillsTab::editLevelNames()
{
    const QString current = m_ws.skillModel().scale().toSetting();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Level Names"),
        tr("Highest level and name of each band of the %1-cell scale, separated by\n"
           "semicolons; the last band ends at %1. For example:\n%2")
            .arg(Skill::Cells)
            .arg(SkillLevelScale().toSetting()),
        QLineEdit::Normal, current, &ok);
    if (!ok || text.trimmed() == current)
        return;
    const SkillLevelScale scale = SkillLevelScale::fromSetting(text);
    if (scale.toSetting() != text.trimmed()) {
        QMessageBox::warning(
            this, tr("Level Names"),
            tr("\"%1\" is not a scale: limits must rise from 1 to %2, each "
               "with a name, like %3.")
                .arg(text, QString::number(Skill::Cells), SkillLevelScale().toSetting()));
        return;
    }
    m_ws.undoStack().push(new SetSettingsCommand(m_ws.settings(),
                                                 {{SkillLevelScale::SettingKey, scale.toSetting()}},
                                                 tr("Rename skill levels")));
}

void SkillsTab::refreshSummary()
{
    const SkillModel& model = m_ws.skillModel();
    QStringList parts;
    const QDate today = QDate::currentDate();
    for (const Milestone& m : model.milestones()) {
        // How many skills already reach the level this milestone asks for.
        int withTarget = 0;
        int reached = 0;
        for (const Skill& s : model.skills()) {
            const auto it = s.targets.constFind(m.id);
            if (it == s.targets.constEnd())
                continue;
            ++withTarget;
            reached += s.level >= it->level ? 1 : 0;
        }
        const QString progress = tr("%1 of %n skill(s) at target", "", withTarget).arg(reached);
        if (!m.dueDate.isValid()) {
            parts << tr("%1: %2").arg(m.name, progress);
            continue;
        }
        const qint64 days = today.daysTo(m.dueDate);
        parts << (days >= 0 ? tr("%1: %2, in %n day(s)", "", int(days)).arg(m.name, progress)
                            : tr("%1: %2, %n day(s) ago", "", int(-days)).arg(m.name, progress));
    }
    m_summary->setText(
        parts.isEmpty()
            ? tr("Levels on the plan's 14-cell scale.")
            : tr("Levels on the plan's 14-cell scale · %1").arg(parts.join(QStringLiteral(" · "))));
}
