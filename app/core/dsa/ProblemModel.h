#pragma once

#include "core/dsa/Problem.h"
#include "core/storage/IdTableModel.h"

#include <QCollator>
#include <QVector>

class ProblemStore;

// Every logged problem, one row each, held in memory so data() never runs SQL.
// Store changes update just the rows concerned (through IdTableModel).
class ProblemModel : public IdTableModel<Problem>
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        TopicsColumn,
        DifficultyColumn,
        StatusColumn,
        ConfidenceColumn,
        ReviewColumn,
        SolvedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        SearchRole,     // lower-case title, topics, companies and tags, cached per row
        TopicsRole,     // QStringList
        DifficultyRole, // int(Problem::Difficulty)
        StatusRole,     // int(Problem::Status)
        ReviewDueRole   // QDate of the next pending review, invalid when none
    };

    // What the model holds: every problem and, row for row, its search text,
    // already in ascending title order (the DSA tab's default sort): ordering
    // 100,000 rows is done where they are read, which in the window is a
    // worker thread, not when the tab is first shown.
    struct Rows
    {
        QVector<Problem> problems;
        QVector<QString> search;
    };
    // Reads every row; safe on a worker thread with a store of its own.
    static Rows read(const ProblemStore& store);

    explicit ProblemModel(ProblemStore& store, QObject* parent = nullptr);
    // From rows read earlier (by a ModelPrefetch); the caller applies what the
    // store announced since with update() and removeIds().
    ProblemModel(ProblemStore& store, Rows rows, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Keeps the rows in this order from now on, also after edits.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const QVector<Problem>& problems() const { return rows(); }
    // Direct access for the filter proxy: no QVariant per row and keystroke.
    const Problem& problemAt(int row) const { return m_rows[row]; }
    const QString& searchTextAt(int row) const { return m_search[row]; }
    // <0, 0, >0 like QString::compare, by the value the column sorts on.
    static int compare(const Problem& a, const Problem& b, int column);
    // Titles sort naturally ("Problem 2" before "Problem 10"), ignoring case.
    static QCollator titleCollator();
    // Every topic name on some problem, sorted: the topic filter's choices.
    QStringList topicNames() const;
    // From the rows in memory: the DSA tab's counts line after every edit,
    // without a GROUP BY over the table (ProblemStore::countByStatus).
    int countWithStatus(Problem::Status status) const;

    static QString difficultyName(Problem::Difficulty d);
    static QString statusName(Problem::Status s);

public slots:
    void reload();
    // These rows as the store holds them now.
    void update(const QVector<qint64>& ids);

public:
    using IdTableModel<Problem>::removeIds;

private:
    void setRows(Rows rows);
    void applySort();
    void rowWritten(int row, bool inserted) override;
    void rowsErased(int row, int count) override;
    static QString haystack(const Problem& p);
    // The rows' order by title, stable, as std::stable_sort on collation keys.
    static QVector<int> titleOrder(const QVector<Problem>& rows, bool descending);

    ProblemStore& m_store;
    QVector<QString> m_search; // beside m_rows, row for row
    // The rows are still in the title order read() put them in; any change clears it.
    bool m_inTitleOrder = false;
    bool m_sorted = false; // rows are in m_sortColumn/m_sortOrder order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
