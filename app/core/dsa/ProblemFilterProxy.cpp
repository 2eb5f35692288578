#include "ProblemFilterProxy.h"

#include "ProblemModel.h"
#include "TopicMatcher.h"

#include <algorithm>
#include <numeric>

ProblemFilterProxy::ProblemFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_model = qobject_cast<ProblemModel*>(model);
    m_ranksValid = false;
    // Connected before the base class's own handlers, so ranks are marked stale
    // before it re-sorts changed rows.
    if (model) {
        const auto stale = [this] { m_ranksValid = false; };
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(model, &QAbstractItemModel::dataChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ProblemFilterProxy::buildRanks(int column) const
{
    const QVector<Problem>& rows = m_model->problems();
    QVector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ProblemModel::compare(rows[a], rows[b], column) < 0;
    });
    m_rank.resize(rows.size());
    int rank = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0 && ProblemModel::compare(rows[order[i - 1]], rows[order[i]], column) != 0)
            ++rank;
        m_rank[order[i]] = rank;
    }
    m_rankColumn = column;
}

bool ProblemFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (m_ranksValid && m_rankColumn == column && left.row() < m_rank.size() &&
        right.row() < m_rank.size())
        return m_rank[left.row()] < m_rank[right.row()];
    return ProblemModel::compare(m_model->problemAt(left.row()), m_model->problemAt(right.row()),
                                 column) < 0;
}

void ProblemFilterProxy::refilter()
{
    // A filter change re-sorts every surviving row: make that an integer compare.
    if (m_model && sortColumn() >= 0 && (!m_ranksValid || m_rankColumn != sortColumn())) {
        buildRanks(sortColumn());
        m_ranksValid = true;
    }
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-runs the filter once.
    invalidateFilter();
}

void ProblemFilterProxy::setSearchText(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_search)
        return;
    m_search = lower;
    refilter();
}

void ProblemFilterProxy::setTopic(const QString& topic)
{
    m_topic = topic;
    m_topicNames.clear();
    if (!topic.isEmpty()) {
        if (auto* model = qobject_cast<ProblemModel*>(sourceModel())) {
            for (const QString& name : model->topicNames()) {
                if (TopicMatcher::matches(name, topic))
                    m_topicNames.insert(name.toLower());
            }
        }
        m_topicNames.insert(topic.toLower());
    }
    refilter();
}

void ProblemFilterProxy::setDifficulty(int difficulty)
{
    m_difficulty = difficulty;
    refilter();
}

void ProblemFilterProxy::setStatus(int status)
{
    m_status = status;
    refilter();
}

void ProblemFilterProxy::setDueBy(const QDate& date)
{
    m_dueBy = date;
    refilter();
}

bool ProblemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_model && !sourceParent.isValid()) {
        const Problem& p = m_model->problemAt(sourceRow);
        if (m_difficulty >= 0 && int(p.difficulty) != m_difficulty)
            return false;
        if (m_status >= 0 && int(p.status) != m_status)
            return false;
        if (m_dueBy.isValid() && (!p.reviewDue.isValid() || p.reviewDue > m_dueBy))
            return false;
        if (!m_topic.isEmpty()) {
            bool found = false;
            for (const QString& t : p.topics)
                found = found || m_topicNames.contains(t.toLower());
            if (!found)
                return false;
        }
        return m_search.isEmpty() || m_model->searchTextAt(sourceRow).contains(m_search);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_difficulty >= 0 && index.data(ProblemModel::DifficultyRole).toInt() != m_difficulty)
        return false;
    if (m_status >= 0 && index.data(ProblemModel::StatusRole).toInt() != m_status)
        return false;
    if (m_dueBy.isValid()) {
        const QDate due = index.data(ProblemModel::ReviewDueRole).toDate();
        if (!due.isValid() || due > m_dueBy)
            return false;
    }
    if (!m_topic.isEmpty()) {
        bool found = false;
        for (const QString& t : index.data(ProblemModel::TopicsRole).toStringList())
            found = found || m_topicNames.contains(t.toLower());
        if (!found)
            return false;
    }
    return m_search.isEmpty() || index.data(ProblemModel::SearchRole).toString().contains(m_search);
}
