#include "DsaTopicsPanel.h"

#include "core/Workspace.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicMatcher.h"
#include "core/dsa/TopicModel.h"
#include "gui/common/ProgressDelegate.h"
#include "gui/dsa/DsaTab.h"
#include "gui/dsa/TopicMergeAction.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

// The strings were written in DsaTab and keep its translation context (DsaTab::tr).
DsaTopicsPanel::DsaTopicsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_topics(new QTableView(this))
{
    m_topics->setObjectName(QStringLiteral("topicTableView"));
    m_topics->setModel(&m_ws.topicModel());
    // Several topics at once: they can be merged (TopicMergeAction).
    m_topics->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_topics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topics->horizontalHeader()->setSectionResizeMode(TopicModel::TopicColumn,
                                                       QHeaderView::Stretch);
    m_topics->setItemDelegateForColumn(
        TopicModel::ProgressColumn,
        new ProgressDelegate(TopicModel::SolvedRole, TopicModel::TargetRole, m_topics));
    m_topics->setAccessibleName(DsaTab::tr("Topics against the plan's targets"));
    connect(m_topics, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { emit topicActivated(topicAt(index.row())); });

    auto* reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("resetProgressToolButton"));
    reset->setText(DsaTab::tr("Reset progress"));
    reset->setPopupMode(QToolButton::InstantPopup);
    auto* resetMenu = new QMenu(reset);
    resetMenu->addAction(DsaTab::tr("Of the selected topic"), this,
                         &DsaTopicsPanel::resetSelectedTopic);
    for (const QString& key : {QStringLiteral("neetcode150"), QStringLiteral("blind75")}) {
        const QString name = CatalogueReader::catalogueName(key);
        resetMenu->addAction(DsaTab::tr("Of %1").arg(name), this, [this, key, name] {
            emit resetRequested(m_ws.problems().idsInCatalogue(key), name);
        });
    }
    reset->setMenu(resetMenu);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_topics, 1);
    auto* hint = new QLabel(DsaTab::tr("Double-click a topic to filter the problems."), this);
    hint->setWordWrap(true); // beside two buttons in a third of the window
    auto* merge = new QToolButton(this);
    merge->setObjectName(QStringLiteral("mergeTopicsToolButton"));
    merge->setDefaultAction(new TopicMergeAction(m_ws, m_topics, merge));
    m_topics->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_topics->addAction(merge->defaultAction());
    auto* row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(merge);
    row->addWidget(reset);
    layout->addLayout(row);
}

QString DsaTopicsPanel::topicAt(int row) const
{
    return m_ws.topicModel().index(row, TopicModel::TopicColumn).data().toString();
}

void DsaTopicsPanel::resetSelectedTopic()
{
    const QModelIndex current = m_topics->currentIndex();
    if (!current.isValid())
        return;
    const QString topic = topicAt(current.row());
    QVector<qint64> ids;
    // Problems share a few topic names: each is matched once.
    const TopicMatcher::Name target(topic);
    QHash<QString, bool> matched;
    const auto matches = [&](const QString& name) {
        auto it = matched.constFind(name);
        if (it == matched.constEnd())
            it = matched.insert(name, TopicMatcher::matches(TopicMatcher::Name(name), target));
        return it.value();
    };
    for (const Problem& p : m_ws.problemModel().problems()) {
        for (const QString& t : p.topics) {
            if (matches(t)) {
                ids.append(p.id);
                break;
            }
        }
    }
    emit resetRequested(ids, topic);
}
