#pragma once

#include "Problem.h"

#include <QMap>
#include <QObject>
#include <QVector>

class Database;

// Reads and writes problems and their topics (tables problem, problem_topic, topic).
class ProblemStore : public QObject
{
    Q_OBJECT
public:
    explicit ProblemStore(Database& db, QObject* parent = nullptr);

    QVector<Problem> loadAll() const;
    // Returns the new id, or 0 (a problem with the same slug exists, or an error).
    qint64 add(const Problem& problem);
    bool remove(qint64 id);
    bool exists(const QString& slug) const;

    int total() const;
    QMap<QString, int> countByStatus() const;
    QMap<QString, int> countByDifficulty() const;

signals:
    void problemAdded(qint64 id);
    void problemRemoved(qint64 id);

private:
    QMap<QString, int> countBy(const QString& column) const;
    Database& m_db;
};
