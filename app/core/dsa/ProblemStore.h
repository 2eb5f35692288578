#pragma once

#include "core/dsa/Attempt.h"
#include "core/dsa/Problem.h"
#include "core/dsa/ProblemRecord.h"
#include "core/storage/ChangeNotifier.h"

#include <QMap>
#include <QSet>
#include <QVector>

class Database;

// Reads and writes problems with their topics, attempts and reviews (tables
// problem, problem_topic, topic, attempt, review).
class ProblemStore : public ChangeNotifier
{
    Q_OBJECT
public:
    explicit ProblemStore(Database& db, QObject* parent = nullptr);

    // Every problem, in id order, with a fixed number of queries (no query per row).
    QVector<Problem> loadAll() const;
    QVector<Problem> load(const QVector<qint64>& ids) const;
    // Problems with their history, for undo snapshots and the details dialog.
    QVector<ProblemRecord> records(const QVector<qint64>& ids) const;
    QVector<Attempt> allAttempts() const;
    // What the current streak needs, without a row per attempt: today and the
    // unbroken run of days before it with at least `minimum` attempts, at most
    // `horizonDays` back, each counted up to `minimum`.
    QMap<QDate, int> recentAttemptsPerDay(const QDate& today, int minimum, int horizonDays) const;
    struct DueReview
    {
        qint64 problemId = 0;
        QString title;
        QDate due; // the earliest pending review
    };
    // Problems whose earliest pending review is on or before the day, earliest
    // first: at most `limit` (-1: all), and in *total how many there are.
    QVector<DueReview> reviewsDueBy(const QDate& day, int limit = -1, int* total = nullptr) const;
    // Ids of the problems with this topic (exact name) or from this catalogue key.
    QVector<qint64> idsWithTopic(const QString& topic) const;
    QVector<qint64> idsInCatalogue(const QString& catalogue) const;

    // Returns the new id, or 0 (a problem with the same slug exists, or an error).
    // A problem logged as attempted or solved gets its first attempt, and a
    // solved one its first review.
    qint64 add(const Problem& problem);
    // In ONE transaction removes removeIds, then writes records (a record with
    // id 0 gets a new id, written back). All or nothing.
    // `pruneTopics`: topics to delete in the same transaction when nothing uses them any more.
    bool replace(const QVector<qint64>& removeIds, QVector<ProblemRecord>& records,
                 const QStringList& pruneTopics = {});
    bool remove(qint64 id);
    bool exists(const QString& slug) const;
    // The slugs and slugified titles of every problem: what duplicates are matched by.
    QSet<QString> duplicateKeys() const;

    int total() const;
    QMap<QString, int> countByStatus() const;
    QMap<QString, int> countByDifficulty() const;
    QString errorString() const { return m_error; }

private:
    QVector<Problem> loadWhere(const QString& where, const QVariantList& values) const;
    struct Writers;
    bool writeRecord(ProblemRecord& record, Writers& writers, bool keptIds);
    QMap<QString, int> countBy(const QString& column) const;
    Database& m_db;
    QString m_error;
};
