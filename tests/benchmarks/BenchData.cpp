#include "BenchData.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace BenchData {

QByteArray markdownPlan(int weeks)
{
    QByteArray text = "# Generated plan\n\nPlan starts: January 2026\n\n";
    for (int w = 0; w < weeks; ++w) {
        if (w % 4 == 0)
            text += "## Month " + QByteArray::number(w / 4 + 1) + ": Generated month\n\n";
        text += "### Week " + QByteArray::number(w % 4 + 1) + ": Generated week\n\n";
        for (int t = 0; t < 20; ++t)
            text += "- [" + QByteArray(t % 5 == 0 ? "x" : " ") + "] Task " + QByteArray::number(t) +
                    " of week " + QByteArray::number(w + 1) + " — practise and write notes\n";
        text += '\n';
    }
    return text;
}

namespace {
bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

bool fill(Database& db, const Profile& profile, quint32 seed, QString* error)
{
    QRandomGenerator random(seed);
    const QDate today(2026, 11, 26);
    const QStringList topics = {QStringLiteral("Arrays and Strings"),
                                QStringLiteral("HashMaps"),
                                QStringLiteral("Linked Lists"),
                                QStringLiteral("Stacks and Queues"),
                                QStringLiteral("Trees basics"),
                                QStringLiteral("Binary Search"),
                                QStringLiteral("Graphs"),
                                QStringLiteral("Dynamic Programming")};
    const QStringList stages = {QStringLiteral("wishlist"),  QStringLiteral("applied"),
                                QStringLiteral("screening"), QStringLiteral("interviewing"),
                                QStringLiteral("offer"),     QStringLiteral("rejected"),
                                QStringLiteral("ghosted")};
    const QStringList sources = {QStringLiteral("LinkedIn"), QStringLiteral("Wellfound"),
                                 QStringLiteral("Instahyre"), QStringLiteral("Cutshort")};
    Transaction tx(db);
    QSqlQuery q(db.connection());

    // Topics, then problems with their topics and attempts.
    QVector<qint64> topicIds;
    for (const QString& t : topics) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO topic(name) VALUES(?)"));
        q.addBindValue(t);
        if (!exec(q, error))
            return false;
        q.prepare(QStringLiteral("SELECT id FROM topic WHERE name = ?"));
        q.addBindValue(t);
        if (!exec(q, error) || !q.next())
            return false;
        topicIds.append(q.value(0).toLongLong());
    }
    QSqlQuery problem(db.connection());
    problem.prepare(
        QStringLiteral("INSERT INTO problem(slug, title, difficulty, status, confidence, "
                       "companies, created_at, solved_on) VALUES(?,?,?,?,?,?,?,?)"));
    QSqlQuery link(db.connection());
    link.prepare(QStringLiteral("INSERT INTO problem_topic(problem_id, topic_id) VALUES(?,?)"));
    QSqlQuery attempt(db.connection());
    attempt.prepare(
        QStringLiteral("INSERT INTO attempt(problem_id, day, minutes, outcome) VALUES(?,?,?,?)"));
    const char* difficulties[] = {"easy", "medium", "hard"};
    const char* statuses[] = {"todo", "attempted", "solved", "revisit"};
    for (int i = 0; i < profile.problems; ++i) {
        const QDate day = today.addDays(-qint64(random.bounded(3 * 365)));
        const char* status = statuses[random.bounded(4)];
        problem.addBindValue(QStringLiteral("generated-problem-%1").arg(i));
        problem.addBindValue(QStringLiteral("Problem %1 two sum variant %2").arg(i).arg(i % 977));
        problem.addBindValue(QLatin1String(difficulties[random.bounded(3)]));
        problem.addBindValue(QLatin1String(status));
        problem.addBindValue(int(random.bounded(6)));
        problem.addBindValue(QStringLiteral("Company%1").arg(random.bounded(50)));
        problem.addBindValue(QString(day.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z")));
        problem.addBindValue(qstrcmp(status, "solved") == 0 ? QVariant(day.toString(Qt::ISODate))
                                                            : QVariant());
        if (!exec(problem, error))
            return false;
        const qint64 id = problem.lastInsertId().toLongLong();
        link.addBindValue(id);
        link.addBindValue(topicIds[int(random.bounded(topicIds.size()))]);
        if (!exec(link, error))
            return false;
        for (int a = 0; a < profile.attemptsPerProblem; ++a) {
            attempt.addBindValue(id);
            attempt.addBindValue(day.addDays(a * 3).toString(Qt::ISODate));
            attempt.addBindValue(int(10 + random.bounded(50)));
            attempt.addBindValue(a == 0 ? QStringLiteral("partial") : QStringLiteral("solved"));
            if (!exec(attempt, error))
                return false;
        }
    }

    // Applications with their stage history.
    QSqlQuery app(db.connection());
    app.prepare(QStringLiteral("INSERT INTO application(company, role, source, stage, stage_since, "
                               "applied_on, follow_up_on) VALUES(?,?,?,?,?,?,?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral("INSERT INTO stage_event(application_id, from_stage, to_stage, "
                                 "changed_on) VALUES(?,?,?,?)"));
    for (int i = 0; i < profile.applications; ++i) {
        const QDate applied = today.addDays(-qint64(random.bounded(365)));
        const QString stage = stages[int(random.bounded(stages.size()))];
        app.addBindValue(QStringLiteral("Company %1").arg(i % 3000));
        app.addBindValue(QStringLiteral("Backend Developer %1").arg(i % 7));
        app.addBindValue(sources[int(random.bounded(sources.size()))]);
        app.addBindValue(stage);
        app.addBindValue(applied.addDays(3).toString(Qt::ISODate));
        app.addBindValue(applied.toString(Qt::ISODate));
        app.addBindValue(applied.addDays(7).toString(Qt::ISODate));
        if (!exec(app, error))
            return false;
        const qint64 id = app.lastInsertId().toLongLong();
        QString from;
        for (int e = 0; e < profile.stageEventsPerApplication; ++e) {
            const QString to = stages[std::min<int>(e, int(stages.size()) - 1)];
            event.addBindValue(id);
            event.addBindValue(from.isEmpty() ? QVariant() : QVariant(from));
            event.addBindValue(to);
            event.addBindValue(applied.addDays(e * 4).toString(Qt::ISODate));
            if (!exec(event, error))
                return false;
            from = to;
        }
    }

    // Skills with a daily level history.
    QSqlQuery skill(db.connection());
    skill.prepare(
        QStringLiteral("INSERT OR IGNORE INTO skill(name, category, level) VALUES(?,?,?)"));
    QSqlQuery history(db.connection());
    history.prepare(
        QStringLiteral("INSERT INTO skill_level_event(skill_id, level, changed_on) VALUES(?,?,?)"));
    for (int s = 0; s < profile.skills; ++s) {
        skill.addBindValue(QStringLiteral("Generated skill %1").arg(s));
        skill.addBindValue(QStringLiteral("Backend"));
        skill.addBindValue(int(random.bounded(15)));
        if (!exec(skill, error))
            return false;
        const qint64 id = skill.lastInsertId().toLongLong();
        for (int d = profile.historyDays; d > 0; --d) {
            history.addBindValue(id);
            history.addBindValue(int((profile.historyDays - d) * 14 / profile.historyDays));
            history.addBindValue(today.addDays(-d).toString(Qt::ISODate));
            if (!exec(history, error))
                return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace BenchData
