#include "ProblemFilterProxy.h"

#include "core/dsa/ProblemModel.h"
#include "core/dsa/TopicMatcher.h"

ProblemFilterProxy::ProblemFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<ProblemModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ProblemFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_model) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    m_model->sort(column, order);
}

void ProblemFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping in one pass; invalidateFilter() removes
    // and inserts rows range by range, slower when a keystroke drops most rows.
    invalidate();
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
            const TopicMatcher::Name target(topic);
            for (const QString& name : model->topicNames()) {
                if (TopicMatcher::matches(TopicMatcher::Name(name), target))
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
