#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QVector>

class Database;

// DSA topics with the targets the plan sets ("Arrays and Strings (15 problems)").
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
    // Returns the id of the topic with this name, creating it when needed.
    qint64 ensure(const QString& name);
    // Deletes those of `names` that nothing uses any more (no problem, no
    // target, no plan item): the topics an undone import had created.
    bool removeUnused(const QStringList& names);
    bool setTarget(const QString& name, int target, qint64 roadmapNodeId);
    bool clearTargets();

private:
    void countSolvedForTargets(QVector<Topic>& topics) const;
    Database& m_db;
};
