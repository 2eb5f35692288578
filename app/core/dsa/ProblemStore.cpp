#include "ProblemStore.h"

#include "TopicStore.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

ProblemStore::ProblemStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

QVector<Problem> ProblemStore::loadAll() const
{
    Query q(m_db, QStringLiteral(
                      "SELECT p.id, p.slug, p.title, p.link, p.platform, p.difficulty, p.status, "
                      "p.confidence, p.notes, p.solved_on, "
                      "(SELECT group_concat(t.name, ', ') FROM problem_topic pt JOIN topic t ON "
                      "t.id = pt.topic_id WHERE pt.problem_id = p.id) FROM problem p ORDER BY p.id"));
    QVector<Problem> problems;
    if (!q.exec())
        return problems;
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
        p.solvedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        const QString topics = q.value(10).toString();
        if (!topics.isEmpty())
            p.topics = topics.split(QStringLiteral(", "));
        problems.append(std::move(p));
    }
    return problems;
}

bool ProblemStore::exists(const QString& slug) const
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM problem WHERE slug = ?"));
    q.bind(slug);
    return q.exec() && q.next();
}

qint64 ProblemStore::add(const Problem& p)
{
    Transaction tx(m_db);
    const QString slug = p.slug.isEmpty() ? Problem::slugify(p.title) : p.slug;
    Query q(m_db, QStringLiteral("INSERT INTO problem(slug, title, link, platform, difficulty, "
                                 "status, confidence, notes, solved_on) VALUES(?,?,?,?,?,?,?,?,?) "
                                 "ON CONFLICT(slug) DO NOTHING"));
    q.bindAll({slug, p.title, p.link, p.platform, Problem::difficultyKey(p.difficulty),
               Problem::statusKey(p.status), p.confidence, p.notes,
               p.solvedOn.isValid() ? QVariant(p.solvedOn.toString(Qt::ISODate)) : QVariant()});
    if (!q.exec() || q.rowsAffected() != 1)
        return 0;
    const qint64 id = q.lastInsertId();
    TopicStore topics(m_db);
    for (const QString& topic : p.topics) {
        const qint64 topicId = topics.ensure(topic);
        Query link(m_db, QStringLiteral("INSERT OR IGNORE INTO problem_topic(problem_id, topic_id) "
                                        "VALUES(?, ?)"));
        link.bindAll({id, topicId});
        if (topicId == 0 || !link.exec())
            return 0;
    }
    if (p.status != Problem::Status::Todo) {
        const QDate day = p.solvedOn.isValid() ? p.solvedOn : QDate::currentDate();
        Query attempt(m_db, QStringLiteral("INSERT INTO attempt(problem_id, day, minutes, outcome) "
                                           "VALUES(?, ?, ?, ?)"));
        attempt.bindAll({id, day.toString(Qt::ISODate), p.minutes,
                         p.status == Problem::Status::Solved ? QStringLiteral("solved")
                                                             : QStringLiteral("partial")});
        if (!attempt.exec())
            return 0;
    }
    if (!tx.commit())
        return 0;
    emit problemAdded(id);
    return id;
}

bool ProblemStore::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM problem WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || q.rowsAffected() != 1)
        return false;
    emit problemRemoved(id);
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
    for (const auto s : {Problem::Status::Todo, Problem::Status::Attempted, Problem::Status::Solved,
                         Problem::Status::Revisit})
        counts.insert(Problem::statusKey(s), counts.value(Problem::statusKey(s)));
    return counts;
}

QMap<QString, int> ProblemStore::countByDifficulty() const
{
    QMap<QString, int> counts = countBy(QStringLiteral("difficulty"));
    for (const auto d : {Problem::Difficulty::Easy, Problem::Difficulty::Medium,
                         Problem::Difficulty::Hard})
        counts.insert(Problem::difficultyKey(d), counts.value(Problem::difficultyKey(d)));
    return counts;
}
