#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QPair>
#include <QStringList>
#include <QVector>
#include <optional>

class Database;

// DSA topics with the targets the plan sets ("Arrays and Strings (15 problems)"),
// and the other names a merged topic keeps (table topic_alias).
class TopicStore : public ChangeNotifier
{
    Q_OBJECT
public:
    struct Topic
    {
        qint64 id = 0;
        QString name;
        int target = 0;
        int solved = 0;
        int total = 0;
        qint64 roadmapNodeId = 0;
        QStringList aliases; // names merged into this topic (loadAll only)
    };

    // The rows a merge rewrites, kept by MergeTopicsCommand to undo it exactly.
    struct Rows
    {
        QVector<Topic> topics;                   // id, name, target and plan item
        QVector<QPair<qint64, qint64>> links;    // problem id, topic id
        QVector<QPair<QString, qint64>> aliases; // alias, topic id
    };

    explicit TopicStore(Database& db, QObject* parent = nullptr);

    // Topics with their solved and total problem counts, targets first. A topic
    // with a target counts solved problems by TopicMatcher, so "arrays" counts
    // for "Arrays and Strings".
    QVector<Topic> loadAll() const;
    // Only the topics whose target ticks a plan item, with their solved counts
    // (total is not counted): what TopicTargetRule reads on every problem change.
    QVector<Topic> loadTargets() const;
    // Every topic name, plan topics first: what the quick-add line offers.
    QStringList names() const;
    // Returns the id of the topic with this name or alias, creating it when
    // needed. Every write that turns a topic name into an id comes here.
    qint64 ensure(const QString& name);
    // The topic with this name or alias (any case), 0 when there is none.
    qint64 resolve(const QString& name) const;
    QStringList aliases(qint64 id) const;
    // Moves the problems and the target of each `from` topic onto `into`,
    // keeps their names as aliases of `into` and deletes them, in one
    // transaction. Returns the problems whose topics changed.
    std::optional<QVector<qint64>> merge(qint64 into, const QVector<qint64>& from);
    Rows rows(const QVector<qint64>& ids) const;
    // Puts back exactly `saved` for the topics `ids`: their rows, problem links
    // and aliases. Returns false (and writes nothing) on failure.
    bool restore(const Rows& saved, const QVector<qint64>& ids);
    // Deletes those of `names` that nothing uses any more (no problem, no
    // target, no plan item): the topics an undone import had created.
    bool removeUnused(const QStringList& names);
    bool setTarget(const QString& name, int target, qint64 roadmapNodeId);
    bool clearTargets();

private:
    void countSolvedForTargets(QVector<Topic>& topics) const;
    bool mergeOne(qint64 into, qint64 from);
    Database& m_db;
};
