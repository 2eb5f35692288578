#include "TopicModel.h"

#include "core/dsa/ProblemStore.h"

#include <algorithm>

TopicModel::TopicModel(TopicStore& topics, ProblemStore& problems, QObject* parent)
    : TopicModel(topics, problems, topics.loadAll(), parent)
{}

TopicModel::TopicModel(TopicStore& topics, ProblemStore& problems, QVector<TopicStore::Topic> rows,
                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_topics(topics)
    , m_rows(std::move(rows))
{
    connect(&m_topics, &TopicStore::changed, this, &TopicModel::reload);
    connect(&problems, &ProblemStore::changed, this, &TopicModel::reload);
}

void TopicModel::reload()
{
    beginResetModel();
    m_rows = m_topics.loadAll();
    endResetModel();
}

int TopicModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicStore::Topic& t = m_rows[index.row()];
    const int percent = t.target > 0 ? std::min(100, t.solved * 100 / t.target) : 0;
    if (role == PercentRole)
        return percent;
    if (role == SolvedRole)
        return std::min(t.solved, t.target);
    if (role == TargetRole)
        return t.target;
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole && index.column() == TopicColumn && !t.aliases.isEmpty())
        return tr("Also called: %1").arg(t.aliases.join(QStringLiteral(", ")));
    if (role == Qt::TextAlignmentRole && index.column() != TopicColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TopicColumn:
        return t.name;
    case SolvedColumn:
        return t.solved;
    case TargetColumn:
        return t.target > 0 ? QVariant(t.target) : QVariant(tr("—"));
    case ProgressColumn:
        return t.target > 0 ? tr("%1%").arg(percent) : QString();
    }
    return {};
}

QVariant TopicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case SolvedColumn:
        return tr("Solved");
    case TargetColumn:
        return tr("Target");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}
