#include "ProblemStore.h"

#include "core/dsa/ProblemEdits.h"
#include "core/dsa/TopicStore.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {
const QString listSeparator = QStringLiteral(", ");

// Columns: id, problem_id, day, minutes, outcome.
Attempt attemptFrom(const Query& q)
{
    Attempt a;
    a.id = q.value(0).toLongLong();
    a.problemId = q.value(1).toLongLong();
    a.day = Query::dateFrom(q.value(2));
    a.minutes = q.value(3).toInt();
    a.outcome = Attempt::outcomeFromKey(q.value(4).toString());
    return a;
}
} // namespace

ProblemStore::ProblemStore(Database& db, QObject* parent)
    : ChangeNotifier(parent)
    , m_db(db)
{}

QVector<Problem> ProblemStore::loadWhere(const QString& where, const QVariantList& values) const
{
    QVector<Problem> problems;
    Query q(m_db, QStringLiteral("SELECT p.id, p.slug, p.title, p.link, p.platform, p.difficulty, "
                                 "p.status, p.confidence, p.notes, p.solved_on, p.companies, "
                                 "p.tags, p.catalogue FROM problem p %1 ORDER BY p.id")
                      .arg(where));
    for (const QVariant& v : values)
        q.bind(v);
    if (!q.exec())
        return problems;
    QHash<qint64, int> row;
    while (q.next()) {
        Problem p;
        p.id = q.value(0).toLongLong();
        p.slug = q.value(1).toString();
        p.title = q.value(2).toString();
        p.link = q.value(3).toString();
        p.platform = q.value(4).toString();
        p.difficulty = Problem::difficultyFromKey(q.value(5).toString());
        p.status = Problem::statusFromKey(q.value(6).toString());
        p.confidence = q.value(7).toInt();
        p.notes = q.value(8).toString();
        p.solvedOn = Query::dateFrom(q.value(9));
        p.companies = Problem::splitList(q.value(10).toString());
        p.tags = Problem::splitList(q.value(11).toString());
        p.catalogues = Problem::splitList(q.value(12).toString());
        row.insert(p.id, int(problems.size()));
        problems.append(std::move(p));
    }
    if (problems.isEmpty())
        return problems;
    // Topics and due dates in one query each, not one per problem.
    Query topics(m_db, QStringLiteral("SELECT pt.problem_id, t.name FROM problem_topic pt JOIN "
                                      "topic t ON t.id = pt.topic_id %1 ORDER BY t.name")
                           .arg(QString(where).replace(QLatin1String("p.id"),
                                                       QLatin1String("pt.problem_id"))));
    for (const QVariant& v : values)
        topics.bind(v);
    if (topics.exec()) {
        while (topics.next()) {
            const int r = row.value(topics.value(0).toLongLong(), -1);
            if (r >= 0)
                problems[r].topics.append(topics.value(1).toString());
        }
    }
    Query due(m_db,
              QStringLiteral("SELECT problem_id, min(due_on) FROM review WHERE done_on IS "
                             "NULL %1 GROUP BY problem_id")
                  .arg(where.isEmpty()
                           ? QString()
                           : QString(where)
                                 .replace(QLatin1String("WHERE"), QLatin1String("AND"))
                                 .replace(QLatin1String("p.id"), QLatin1String("problem_id"))));
    for (const QVariant& v : values)
        due.bind(v);
    if (due.exec()) {
        while (due.next()) {
            const int r = row.value(due.value(0).toLongLong(), -1);
            if (r >= 0)
                problems[r].reviewDue = Query::dateFrom(due.value(1));
        }
    }
    return problems;
}

QVector<ProblemStore::DueReview> ProblemStore::reviewsDueBy(const QDate& day, int limit,
                                                            int* total) const
{
    // The due bound is in WHERE, not HAVING, so SQLite reads only the pending
    // reviews due by then from the partial index review_due, not every pending
    // review; a problem's earliest pending review is among them when any is.
    // The window count is taken before LIMIT: how many there are in all.
    Query q(m_db, QStringLiteral("SELECT p.id, p.title, min(r.due_on) AS due, count(*) OVER () "
                                 "FROM review r JOIN problem p ON p.id = r.problem_id "
                                 "WHERE r.done_on IS NULL AND r.due_on <= ? "
                                 "GROUP BY p.id ORDER BY due, p.title LIMIT ?"));
    q.bindAll({Query::dateValue(day), limit});
    QVector<DueReview> due;
    if (total)
        *total = 0;
    if (q.exec()) {
        while (q.next()) {
            due.append(
                {q.value(0).toLongLong(), q.value(1).toString(), Query::dateFrom(q.value(2))});
            if (total)
                *total = q.value(3).toInt();
        }
    }
    return due;
}

QVector<Problem> ProblemStore::loadAll() const
{
    return loadWhere(QString(), {});
}

QVector<Problem> ProblemStore::load(const QVector<qint64>& ids) const
{
    QVector<Problem> result;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QVector<qint64> chunk = ids.mid(from, 500);
        result += loadWhere(QStringLiteral("WHERE p.id IN (%1)").arg(Query::idList(chunk)), {});
    }
    return result;
}

QVector<ProblemRecord> ProblemStore::records(const QVector<qint64>& ids) const
{
    QVector<ProblemRecord> result;
    for (const Problem& p : load(ids)) {
        ProblemRecord r;
        r.problem = p;
        Query a(m_db, QStringLiteral("SELECT id, problem_id, day, minutes, outcome FROM attempt "
                                     "WHERE problem_id = ? ORDER BY day, id"));
        a.bind(p.id);
        if (a.exec()) {
            while (a.next())
                r.attempts.append(attemptFrom(a));
        }
        Query v(m_db, QStringLiteral("SELECT id, due_on, interval_days, done_on, grade FROM "
                                     "review WHERE problem_id = ? ORDER BY due_on, id"));
        v.bind(p.id);
        if (v.exec()) {
            while (v.next()) {
                Review rv;
                rv.id = v.value(0).toLongLong();
                rv.problemId = p.id;
                rv.dueOn = Query::dateFrom(v.value(1));
                rv.intervalDays = v.value(2).toInt();
                rv.doneOn = Query::dateFrom(v.value(3));
                rv.grade = v.value(4).isNull() ? -1 : v.value(4).toInt();
                r.reviews.append(rv);
            }
        }
        result.append(r);
    }
    return result;
}

QVector<Attempt> ProblemStore::allAttempts() const
{
    QVector<Attempt> result;
    Query q(m_db, QStringLiteral("SELECT id, problem_id, day, minutes, outcome FROM attempt"));
    if (!q.exec())
        return result;
    while (q.next())
        result.append(attemptFrom(q));
    return result;
}

QMap<QDate, int> ProblemStore::recentAttemptsPerDay(const QDate& today, int minimum,
                                                    int horizonDays) const
{
    // One seek into attempt_day per day, reading at most `minimum` entries:
    // counting a year of attempts per day read every one of them (200,000 at
    // stress size, on the first screen), where the streak only asks whether
    // each day back from today has enough.
    minimum = std::max(1, minimum); // as DsaStats::streak counts it
    QMap<QDate, int> perDay;
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM attempt WHERE day = ? LIMIT ?)"));
    for (int back = 0; back <= horizonDays; ++back) {
        const QDate day = today.addDays(-back);
        q.bindAll({Query::dateValue(day), minimum});
        if (!q.exec() || !q.next())
            break;
        const int count = q.value(0).toInt();
        if (count > 0)
            perDay.insert(day, count);
        // Today may not have enough yet; the streak then runs up to yesterday.
        if (back > 0 && count < minimum)
            break;
    }
    return perDay;
}

QVector<qint64> ProblemStore::idsWithTopic(const QString& topic) const
{
    QVector<qint64> ids;
    Query q(m_db, QStringLiteral("SELECT pt.problem_id FROM problem_topic pt JOIN topic t ON "
                                 "t.id = pt.topic_id WHERE t.name = ? ORDER BY pt.problem_id"));
    q.bind(topic.trimmed());
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QVector<qint64> ProblemStore::idsInCatalogue(const QString& catalogue) const
{
    QVector<qint64> ids;
    Query q(m_db, QStringLiteral("SELECT id FROM problem WHERE ',' || replace(catalogue, ' ', '') "
                                 "|| ',' LIKE '%,' || ? || ',%' ORDER BY id"));
    q.bind(catalogue);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool ProblemStore::exists(const QString& slug) const
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM problem WHERE slug = ?"));
    q.bind(slug);
    return q.exec() && q.next();
}

QSet<QString> ProblemStore::duplicateKeys() const
{
    QSet<QString> keys;
    Query q(m_db, QStringLiteral("SELECT slug, title FROM problem"));
    if (q.exec()) {
        while (q.next()) {
            keys.insert(q.value(0).toString());
            keys.insert(Problem::slugify(q.value(1).toString()));
        }
    }
    return keys;
}

qint64 ProblemStore::add(const Problem& p)
{
    const QDate day = p.solvedOn.isValid() ? p.solvedOn : QDate::currentDate();
    QVector<ProblemRecord> records{ProblemEdits::newRecord(p, day)};
    if (exists(records[0].problem.slug) || !replace({}, records))
        return 0;
    return records[0].problem.id;
}

// The statements of one replace(), prepared once and re-bound per row: preparing
// them per problem made a 100,000-row import take a minute.
struct ProblemStore::Writers
{
    explicit Writers(const Database& db)
        : problem(db,
                  QStringLiteral("INSERT INTO problem(id, slug, title, link, platform, "
                                 "difficulty, status, confidence, notes, solved_on, "
                                 "companies, tags, catalogue) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        , link(db, QStringLiteral("INSERT OR IGNORE INTO problem_topic(problem_id, topic_id) "
                                  "VALUES(?, ?)"))
        , attempt(db, QStringLiteral("INSERT INTO attempt(id, problem_id, day, minutes, outcome) "
                                     "VALUES(?, ?, ?, ?, ?)"))
        , review(db, QStringLiteral("INSERT INTO review(id, problem_id, due_on, interval_days, "
                                    "done_on, grade) VALUES(?,?,?,?,?,?)"))
    {}
    Query problem;
    Query link;
    Query attempt;
    Query review;
    QHash<QString, qint64> topicIds; // lower-case name -> id, filled as topics are met
};

bool ProblemStore::writeRecord(ProblemRecord& record, Writers& w, bool keptIds)
{
    Problem& p = record.problem;
    // In the kept-ids pass: a problem that has an id, and its rows that have one.
    // In the new-ids pass: a new problem with all its rows, and the new rows of the others.
    const bool newProblem = !keptIds && p.id == 0;
    if (newProblem || (keptIds && p.id > 0)) {
        if (p.slug.isEmpty())
            p.slug = Problem::slugify(p.title);
        w.problem.bindAll({p.id > 0 ? QVariant(p.id) : QVariant(), p.slug, p.title, p.link,
                           p.platform, Problem::difficultyKey(p.difficulty),
                           Problem::statusKey(p.status), p.confidence, p.notes,
                           Query::dateValue(p.solvedOn), p.companies.join(listSeparator),
                           p.tags.join(listSeparator), p.catalogues.join(u',')});
        if (!w.problem.exec()) {
            m_error = w.problem.errorString();
            return false;
        }
        p.id = w.problem.lastInsertId();
        for (const QString& topic : p.topics) {
            const QString key = topic.trimmed().toLower();
            qint64 topicId = w.topicIds.value(key);
            if (topicId == 0) {
                topicId = TopicStore(m_db).ensure(topic);
                w.topicIds.insert(key, topicId);
            }
            w.link.bindAll({p.id, topicId});
            if (topicId == 0 || !w.link.exec())
                return false;
        }
    }
    if (p.id == 0)
        return true; // a new problem, written in the second pass
    const auto inThisPass = [&](qint64 id) { return newProblem || (id > 0) == keptIds; };
    for (Attempt& a : record.attempts) {
        if (!inThisPass(a.id))
            continue;
        w.attempt.bindAll({a.id > 0 ? QVariant(a.id) : QVariant(), p.id, Query::dateValue(a.day),
                           a.minutes, Attempt::outcomeKey(a.outcome)});
        if (!w.attempt.exec())
            return false;
        a.id = w.attempt.lastInsertId();
        a.problemId = p.id;
    }
    for (Review& r : record.reviews) {
        if (!inThisPass(r.id))
            continue;
        w.review.bindAll({r.id > 0 ? QVariant(r.id) : QVariant(), p.id, Query::dateValue(r.dueOn),
                          r.intervalDays, Query::dateValue(r.doneOn),
                          r.grade >= 0 ? QVariant(r.grade) : QVariant()});
        if (!w.review.exec())
            return false;
        r.id = w.review.lastInsertId();
        r.problemId = p.id;
    }
    return true;
}

bool ProblemStore::replace(const QVector<qint64>& removeIds, QVector<ProblemRecord>& records,
                           const QStringList& pruneTopics)
{
    m_error.clear();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorString();
        return false;
    }
    Query remove(m_db, QStringLiteral("DELETE FROM problem WHERE id = ?"));
    for (const qint64 id : removeIds) {
        remove.bind(id);
        if (!remove.exec())
            return false;
    }
    // Work on a copy so a failure half-way leaves the caller's records (and
    // their ids) as they were.
    QVector<ProblemRecord> written = records;
    Writers writers(m_db);
    // Rows that keep their ids first, new rows after: SQLite gives a new row
    // max(id) + 1, which could be the id of a row a later record brings back
    // (an edit that adds a review to one problem while another's is restored).
    for (const bool keptIds : {true, false}) {
        for (ProblemRecord& r : written) {
            if (!writeRecord(r, writers, keptIds))
                return false;
        }
    }
    if (!TopicStore(m_db).removeUnused(pruneTopics) || !tx.commit()) {
        m_error = tx.errorString();
        return false;
    }
    records = written;
    QVector<qint64> writtenIds;
    writtenIds.reserve(records.size());
    for (const ProblemRecord& r : records)
        writtenIds.append(r.problem.id);
    announce(ChangeSet::fromReplace(removeIds, writtenIds));
    return true;
}

bool ProblemStore::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM problem WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    announceRemoved({id});
    return true;
}

int ProblemStore::total() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM problem"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<QString, int> ProblemStore::countBy(const QString& column) const
{
    // column is one of two names fixed in this file, never user input.
    Query q(m_db, QStringLiteral("SELECT %1, count(*) FROM problem GROUP BY %1").arg(column));
    QMap<QString, int> counts;
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QMap<QString, int> ProblemStore::countByStatus() const
{
    QMap<QString, int> counts = countBy(QStringLiteral("status"));
    for (const auto s : Problem::Statuses)
        counts.insert(Problem::statusKey(s), counts.value(Problem::statusKey(s)));
    return counts;
}

QMap<QString, int> ProblemStore::countByDifficulty() const
{
    QMap<QString, int> counts = countBy(QStringLiteral("difficulty"));
    for (const auto d : Problem::Difficulties)
        counts.insert(Problem::difficultyKey(d), counts.value(Problem::difficultyKey(d)));
    return counts;
}
