#include "ProblemModel.h"

#include "ProblemStore.h"

#include <QLocale>

ProblemModel::ProblemModel(ProblemStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ProblemStore::problemAdded, this, &ProblemModel::reload);
    connect(&m_store, &ProblemStore::problemRemoved, this, &ProblemModel::reload);
    reload();
}

void ProblemModel::reload()
{
    beginResetModel();
    m_rows = m_store.loadAll();
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemModel::difficultyName(Problem::Difficulty d)
{
    switch (d) {
    case Problem::Difficulty::Easy:
        return tr("Easy");
    case Problem::Difficulty::Medium:
        return tr("Medium");
    case Problem::Difficulty::Hard:
        return tr("Hard");
    }
    return {};
}

QString ProblemModel::statusName(Problem::Status s)
{
    switch (s) {
    case Problem::Status::Todo:
        return tr("To do");
    case Problem::Status::Attempted:
        return tr("Attempted");
    case Problem::Status::Solved:
        return tr("Solved");
    case Problem::Status::Revisit:
        return tr("Revisit");
    }
    return {};
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& p = m_rows[index.row()];
    if (role == IdRole)
        return p.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case TopicsColumn:
            return p.topics.join(QStringLiteral(", "));
        case DifficultyColumn:
            return role == SortRole ? QVariant(int(p.difficulty)) : difficultyName(p.difficulty);
        case StatusColumn:
            return role == SortRole ? QVariant(int(p.status)) : statusName(p.status);
        case SolvedColumn:
            if (role == SortRole)
                return p.solvedOn;
            return p.solvedOn.isValid() ? QLocale().toString(p.solvedOn, QLocale::ShortFormat)
                                        : QString();
        }
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Problem");
    case TopicsColumn:
        return tr("Topics");
    case DifficultyColumn:
        return tr("Difficulty");
    case StatusColumn:
        return tr("Status");
    case SolvedColumn:
        return tr("Solved on");
    }
    return {};
}
