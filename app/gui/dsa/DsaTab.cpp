#include "DsaTab.h"

#include "Workspace.h"
#include "common/EmptyStateStack.h"
#include "common/LineEditUndoFilter.h"
#include "common/ProgressDelegate.h"
#include "dsa/AddProblemCommand.h"
#include "dsa/ProblemModel.h"
#include "dsa/ProblemQuickAdd.h"
#include "dsa/ProblemStore.h"
#include "dsa/TopicModel.h"

#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
}
} // namespace

DsaTab::DsaTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_quickAdd(new QLineEdit(this))
    , m_quickAddHint(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_topics(new QTableView(this))
    , m_problems(new QTableView(this))
    , m_counts(new QLabel(this))
{
    m_quickAdd->setObjectName(QStringLiteral("quickAddLineEdit"));
    m_quickAdd->setPlaceholderText(
        tr("Log a problem and press Enter — e.g. two sum #arrays easy 25m solved"));
    m_quickAdd->setAccessibleName(tr("Quick add a problem"));
    m_quickAddHint->setObjectName(QStringLiteral("quickAddHintLabel"));
    m_quickAddHint->setTextFormat(Qt::PlainText);
    m_counts->setObjectName(QStringLiteral("problemCountsLabel"));

    m_topics->setObjectName(QStringLiteral("topicTableView"));
    m_topics->setModel(&m_ws.topicModel());
    setUpTable(m_topics);
    m_topics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topics->horizontalHeader()->setSectionResizeMode(TopicModel::TopicColumn, QHeaderView::Stretch);
    m_topics->setItemDelegateForColumn(
        TopicModel::ProgressColumn,
        new ProgressDelegate(TopicModel::SolvedRole, TopicModel::TargetRole, m_topics));
    m_topics->setAccessibleName(tr("Topics against the plan's targets"));

    m_proxy->setSourceModel(&m_ws.problemModel());
    m_proxy->setSortRole(ProblemModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_problems->setObjectName(QStringLiteral("problemTableView"));
    m_problems->setModel(m_proxy);
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(ProblemModel::TitleColumn, Qt::AscendingOrder);
    setUpTable(m_problems);
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemModel::TitleColumn,
                                                         QHeaderView::Stretch);
    m_problems->setAccessibleName(tr("Problems"));
    m_search->setObjectName(QStringLiteral("problemSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search problems"));
    m_search->setClearButtonEnabled(true);

    m_problemStack = new EmptyStateStack(
        m_problems, &m_ws.problemModel(),
        tr("No problems logged yet.\nType one in the line above and press Enter — "
           "for example \"two sum #arrays easy 25m solved\"."),
        this);

    auto* topicsBox = new QGroupBox(tr("Topics against the plan"), this);
    auto* topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->addWidget(m_topics);

    auto* problemsBox = new QGroupBox(tr("Problems"), this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_search);
    problemsLayout->addWidget(m_problemStack);
    problemsLayout->addWidget(m_counts);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(topicsBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_quickAdd);
    layout->addWidget(m_quickAddHint);
    layout->addWidget(splitter, 1);

    LineEditUndoFilter::install(m_quickAdd);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, &DsaTab::addFromQuickLine);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_ws.problemModel(), &QAbstractItemModel::modelReset, this, &DsaTab::refreshCounts);
    refreshCounts();
    m_quickAddHint->hide();
}

void DsaTab::focusQuickAdd()
{
    m_quickAdd->setFocus(Qt::ShortcutFocusReason);
}

void DsaTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
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
    m_ws.undoStack().push(new AddProblemCommand(m_ws.problems(), problem));
    m_quickAddHint->setText(tr("Logged \"%1\" — Ctrl+Z undoes it.").arg(problem.title));
    m_quickAddHint->show();
    m_quickAdd->setText(QString()); // unlike clear(), leaves no undo step in the line
}

void DsaTab::refreshCounts()
{
    const auto byStatus = m_ws.problems().countByStatus();
    m_counts->setText(tr("%Ln problem(s) · %L1 solved · %L2 to revisit", "", m_ws.problems().total())
                          .arg(byStatus.value(QStringLiteral("solved")))
                          .arg(byStatus.value(QStringLiteral("revisit"))));
}
