#include "ApplicationsTab.h"

#include "Workspace.h"
#include "common/EmptyStateStack.h"
#include "common/LineEditUndoFilter.h"
#include "jobs/AddApplicationCommand.h"
#include "jobs/ApplicationModel.h"
#include "jobs/ApplicationStore.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

ApplicationsTab::ApplicationsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_company(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_goalText(new QLabel(this))
    , m_goal(new QProgressBar(this))
    , m_search(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_company->setObjectName(QStringLiteral("companyLineEdit"));
    m_company->setPlaceholderText(tr("Company"));
    m_company->setAccessibleName(tr("Company"));
    m_role->setObjectName(QStringLiteral("roleLineEdit"));
    m_role->setPlaceholderText(tr("Role, e.g. Backend Developer (Python)"));
    m_role->setAccessibleName(tr("Role"));
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_source->setEditable(true);
    m_source->addItems({tr("LinkedIn"), tr("Wellfound"), tr("Instahyre"), tr("Cutshort"),
                        tr("Referral"), tr("Company site"), tr("Other")});
    m_source->setAccessibleName(tr("Source"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addApplicationButton"));
    m_hint->setObjectName(QStringLiteral("applicationHintLabel"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    m_goal->setObjectName(QStringLiteral("dailyGoalProgressBar"));
    m_goal->setTextVisible(false);
    m_goal->setMaximumHeight(10);
    m_goalText->setObjectName(QStringLiteral("dailyGoalLabel"));

    m_proxy->setSourceModel(&m_ws.applicationModel());
    m_proxy->setSortRole(ApplicationModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(QStringLiteral("applicationTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationModel::AppliedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ApplicationModel::CompanyColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApplicationModel::RoleColumn,
                                                      QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("applicationSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search applications"));
    m_search->setClearButtonEnabled(true);

    m_stack = new EmptyStateStack(
        m_table, &m_ws.applicationModel(),
        tr("No applications yet.\nType a company and a role above and press Enter "
           "(Ctrl+N jumps there)."),
        this);

    auto* quickBox = new QGroupBox(tr("Quick add"), this);
    auto* quick = new QHBoxLayout(quickBox);
    quick->addWidget(m_company, 2);
    quick->addWidget(m_role, 3);
    quick->addWidget(m_source, 1);
    quick->addWidget(add);

    auto* goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goalText);
    goalRow->addWidget(m_goal, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(quickBox);
    layout->addWidget(m_hint);
    layout->addLayout(goalRow);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    LineEditUndoFilter::install(m_company);
    LineEditUndoFilter::install(m_role);
    connect(add, &QPushButton::clicked, this, &ApplicationsTab::addFromQuickAdd);
    connect(m_company, &QLineEdit::returnPressed, this, &ApplicationsTab::addFromQuickAdd);
    connect(m_role, &QLineEdit::returnPressed, this, &ApplicationsTab::addFromQuickAdd);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_ws.applicationModel(), &QAbstractItemModel::modelReset, this,
            &ApplicationsTab::refreshGoal);
    refreshGoal();
}

void ApplicationsTab::focusQuickAdd()
{
    m_company->setFocus(Qt::ShortcutFocusReason);
}

void ApplicationsTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int ApplicationsTab::appliedToday() const
{
    return m_ws.applications().countAppliedOn(QDate::currentDate());
}

void ApplicationsTab::addFromQuickAdd()
{
    const QString company = m_company->text().simplified();
    const QString role = m_role->text().simplified();
    if (company.isEmpty() || role.isEmpty()) {
        m_hint->setText(tr("Type both the company and the role."));
        m_hint->show();
        (company.isEmpty() ? m_company : m_role)->setFocus();
        return;
    }
    Application a;
    a.company = company;
    a.role = role;
    a.source = m_source->currentText();
    a.stage = QStringLiteral("applied");
    a.appliedOn = QDate::currentDate();
    a.stageSince = a.appliedOn;
    m_ws.undoStack().push(new AddApplicationCommand(m_ws.applications(), a));
    m_hint->setText(tr("Added %1 — %2. Ctrl+Z undoes it.").arg(company, role));
    m_hint->show();
    // setText, unlike clear(), leaves no undo step in the lines.
    m_company->setText(QString());
    m_role->setText(QString());
    m_company->setFocus();
}

void ApplicationsTab::refreshGoal()
{
    const int goalMin = m_ws.settings().intValue(SettingsStore::DailyGoalMin, 15);
    const int goalMax = m_ws.settings().intValue(SettingsStore::DailyGoalMax, 20);
    const int today = appliedToday();
    m_goal->setRange(0, std::max(1, goalMin));
    m_goal->setValue(std::min(today, goalMin));
    m_goalText->setText(tr("Today: %L1 of %L2–%L3 applications").arg(today).arg(goalMin).arg(goalMax));
}
