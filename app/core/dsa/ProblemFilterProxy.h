#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QVector>

class ProblemModel;

// Search, filters and sorting of the problem table, built for 100,000 rows.
// Filtering is one pass over the rows per change (O(n) per keystroke): the
// search compares against a lower-case text the model caches per row, read
// directly (no QVariant), and the topic filter resolves matching topic names
// once per change instead of once per row. Sorting after a filter change
// compares precomputed integer ranks, so re-sorting the survivors of a
// keystroke does not compare strings.
class ProblemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // A topic name ("Arrays and Strings" also shows problems tagged "arrays"); empty = all.
    void setTopic(const QString& topic);
    // int(Problem::Difficulty) / int(Problem::Status), or -1 for all.
    void setDifficulty(int difficulty);
    void setStatus(int status);
    // Only problems with a review due on or before this date; invalid = all.
    void setDueBy(const QDate& date);

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    void buildRanks(int column) const;
    ProblemModel* m_model = nullptr;
    // Rank of each source row in the order of m_rankColumn; rebuilt lazily after
    // the source changes (until then lessThan compares the rows' values).
    mutable QVector<int> m_rank;
    mutable int m_rankColumn = -1;
    bool m_ranksValid = false;
    QString m_search;
    QString m_topic;
    QSet<QString> m_topicNames; // lower-case names of the topics that match m_topic
    int m_difficulty = -1;
    int m_status = -1;
    QDate m_dueBy;
};
