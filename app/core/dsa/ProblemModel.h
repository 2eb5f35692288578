#pragma once

#include "Problem.h"

#include <QAbstractTableModel>
#include <QVector>

class ProblemStore;

// Every logged problem, one row each.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, TopicsColumn, DifficultyColumn, StatusColumn, SolvedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit ProblemModel(ProblemStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString difficultyName(Problem::Difficulty d);
    static QString statusName(Problem::Status s);

public slots:
    void reload();

private:
    ProblemStore& m_store;
    QVector<Problem> m_rows;
};
