#pragma once

#include "Application.h"

#include <QMap>
#include <QObject>
#include <QVector>

class Database;

// Reads and writes job applications and their stage history.
class ApplicationStore : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationStore(Database& db, QObject* parent = nullptr);

    QVector<Application> loadAll() const;
    // Adds the application and its first stage event in one transaction.
    // Returns the new id, or 0 on failure.
    qint64 add(const Application& application);
    bool remove(qint64 id);

    int total() const;
    int countAppliedOn(const QDate& day) const;
    QMap<QString, int> countByStage() const;

signals:
    void applicationAdded(qint64 id);
    void applicationRemoved(qint64 id);

private:
    Database& m_db;
};
