#pragma once

#include "core/dsa/TopicStore.h"

#include <QAbstractTableModel>
#include <QVector>

class ProblemStore;

// DSA topics against the plan's targets: "Arrays and Strings — 4 of 15 solved".
class TopicModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TopicColumn,
        SolvedColumn,
        TargetColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        PercentRole = Qt::UserRole + 1,
        SolvedRole,
        TargetRole,
        IdRole
    };

    TopicModel(TopicStore& topics, ProblemStore& problems, QObject* parent = nullptr);
    // From rows TopicStore::loadAll() read earlier (on a worker, by Workspace's
    // prefetch): the counts over 100,000 problems are not taken again here.
    TopicModel(TopicStore& topics, ProblemStore& problems, QVector<TopicStore::Topic> rows,
               QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    TopicStore& m_topics;
    QVector<TopicStore::Topic> m_rows;
};
