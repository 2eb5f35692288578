#include "SkillsTab.h"

#include "SkillBarDelegate.h"
#include "Workspace.h"
#include "common/EmptyStateStack.h"
#include "skills/SkillModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

SkillsTab::SkillsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("skillsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("skillTableView"));
    m_table->setModel(&m_ws.skillModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new SkillBarDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Skills against milestone targets"));

    auto* stack = new EmptyStateStack(
        m_table, &m_ws.skillModel(),
        tr("No skills yet.\nImport a plan with a skill-progression block to set milestone targets."),
        this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(stack, 1);

    connect(&m_ws.skillModel(), &QAbstractItemModel::modelReset, this, &SkillsTab::refreshSummary);
    refreshSummary();
}

void SkillsTab::refreshSummary()
{
    const SkillModel& model = m_ws.skillModel();
    QStringList parts;
    const QDate today = QDate::currentDate();
    for (const Milestone& m : model.milestones()) {
        if (!m.dueDate.isValid())
            continue;
        const qint64 days = today.daysTo(m.dueDate);
        parts << (days >= 0 ? tr("%1: in %n day(s)", "", int(days)).arg(m.name)
                            : tr("%1: %n day(s) ago", "", int(-days)).arg(m.name));
    }
    m_summary->setText(parts.isEmpty()
                           ? tr("Levels on the plan's 14-cell scale.")
                           : tr("Levels on the plan's 14-cell scale · %1")
                                 .arg(parts.join(QStringLiteral(" · "))));
}
