#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/ApplicationRecord.h"
#include "core/jobs/InterviewRound.h"
#include "core/storage/ChangeNotifier.h"

#include <QMap>
#include <QVector>

class Database;

// Reads and writes job applications, their contacts, interview rounds and
// stage history. Every method that writes more than one row does it in one
// transaction.
class ApplicationStore : public ChangeNotifier
{
    Q_OBJECT
public:
    // What a stage move changed, so undo can put it back exactly.
    struct StageChange
    {
        qint64 applicationId = 0;
        qint64 eventId = 0;
        QString fromStage;
        QDate fromSince;
    };

    explicit ApplicationStore(Database& db, QObject* parent = nullptr);

    QVector<Application> loadAll() const;
    bool load(qint64 id, Application* application) const;
    ApplicationRecord loadRecord(qint64 id) const;
    QVector<StageEvent> history(qint64 id) const;
    // Every stage event, ordered by application then date, for the funnel and export.
    QVector<StageEvent> allHistory() const;

    // Adds the application and its first stage event in one transaction.
    // Returns the new id, or 0 on failure.
    qint64 add(const Application& application);
    // Adds many records in one transaction (import). With keepIds the records'
    // ids and histories are written as they are (undo of a delete).
    bool addMany(const QVector<ApplicationRecord>& records, bool keepIds = false,
                 QVector<qint64>* ids = nullptr);
    // Saves the fields, contacts and rounds; the stage is changed only by moveStages.
    bool update(const ApplicationRecord& record) { return updateMany({record}); }
    bool updateMany(const QVector<ApplicationRecord>& records);
    // Moves each application to `stage` on `day`, recording a stage event.
    // Applications already in that stage are left alone.
    QVector<StageChange> moveStages(const QVector<qint64>& ids, const QString& stage,
                                    const QDate& day);
    bool revertStages(const QVector<StageChange>& changes);
    bool remove(qint64 id);
    bool removeMany(const QVector<qint64>& ids);

    // A round on the calendar, with the application it belongs to.
    struct ScheduledRound
    {
        qint64 applicationId = 0;
        QString company;
        QString role;
        InterviewRound round;
    };
    // Pending rounds dated from..to (inclusive), the earliest first.
    QVector<ScheduledRound> roundsBetween(const QDate& from, const QDate& to) const;

    int total() const;
    int countAppliedOn(const QDate& day) const;
    // The applications whose follow-up (FollowUpRule with `days` after applying)
    // falls before `before`, earliest first: at most `limit` of them, and in
    // *total how many there are.
    QVector<Application> followUpsDue(const QDate& before, int days, int limit,
                                      int* total = nullptr) const;
    QMap<QDate, int> countsAppliedBetween(const QDate& from, const QDate& to) const;
    QMap<QString, int> countByStage() const;
    QString lastError() const { return m_error; }

private:
    qint64 insert(const Application& a, bool keepId);
    bool insertEvent(qint64 applicationId, const QString& from, const QString& to, const QDate& day,
                     qint64 keepId = 0, qint64* eventId = nullptr);
    bool writeDetails(qint64 id, const QVector<Contact>& contacts,
                      const QVector<InterviewRound>& rounds);
    bool fail(const QString& error);

    Database& m_db;
    QString m_error;
};
