#include "TestFiles.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

// Kills the planner with SIGKILL at seeded random moments during every kind of
// write it makes — the three imports, a bulk edit of 10,000 problems, a restore,
// the schema upgrade from the v1 fixture and a backup — and checks each time
// that the file passes integrity_check and foreign_key_check, that every backup
// beside it is whole, and that it holds either all of the write or none of it.
// PLANNER_CRASH_RUNS (default 20) sets the kills per write and
// PLANNER_CRASH_SEED the seed; scripts/crash-storm.sh runs 1,000.
class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringWrite_data();
    void killDuringWrite();

private:
    // A write to kill: where it starts from, what runs it, and which of
    // "none" / "all" the file holds afterwards (anything else is a failure).
    struct Write
    {
        QString start;
        std::function<QStringList(const QString& db)> command;
        std::function<QString(const QString& db)> outcome;
    };
    QProcessEnvironment environment() const;
    bool run(const QStringList& command, QString* output = nullptr) const;
    QHash<QString, Write> m_writes;
    QTemporaryDir m_dir;
    int m_baseItems = 0;
};

namespace {
constexpr int problems = 10000;
constexpr int applications = 10000;
constexpr int weeks = 400;
constexpr int tasksPerWeek = 20;
const QString planner = QStringLiteral(PLANNER_EXECUTABLE);
const QString helper = QStringLiteral(PLANNER_CRASH_HELPER);

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Reads the file with a plain connection: no migration, no seeding, nothing
// the planner would do on open, so what is checked is what the kill left.
class RawFile
{
public:
    explicit RawFile(const QString& path)
        : m_name(QStringLiteral("crash-check-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    int count(const QString& sql) const
    {
        const QVariant v = value(sql);
        return v.isValid() ? v.toInt() : -1;
    }
    // Empty when the file is whole, else what is wrong with it.
    QString problems() const
    {
        const QString integrity = value(QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok"))
            return QStringLiteral("integrity_check: %1").arg(integrity);
        QSqlQuery fk(QSqlDatabase::database(m_name));
        if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return QStringLiteral("foreign_key_check failed to run");
        if (fk.next())
            return QStringLiteral("foreign_key_check: a row of %1 points nowhere")
                .arg(fk.value(0).toString());
        return {};
    }

private:
    QString m_name;
};

QString allOrNone(int value, int none, int all)
{
    if (value == none)
        return QStringLiteral("none");
    if (value == all)
        return QStringLiteral("all");
    return QStringLiteral("partial: %1 where the write leaves %2 or %3")
        .arg(value)
        .arg(none)
        .arg(all);
}
} // namespace

QProcessEnvironment TestCrash::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    return env;
}

bool TestCrash::run(const QStringList& command, QString* output) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(command.first(), command.mid(1));
    const bool ok =
        p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardError());
    return ok;
}

void TestCrash::initTestCase()
{
    // The inputs: a large plan, 10,000 problems, 10,000 applications.
    QByteArray plan = "# Large plan\n\n";
    for (int w = 1; w <= weeks; ++w) {
        plan += "## Week " + QByteArray::number(w) + "\n\n";
        for (int t = 0; t < tasksPerWeek; ++t)
            plan +=
                "- [ ] Task " + QByteArray::number(t) + " of week " + QByteArray::number(w) + '\n';
        plan += '\n';
    }
    const QString planFile = m_dir.filePath(QStringLiteral("large.md"));
    QVERIFY(TestFiles::write(planFile, plan));
    QByteArray problemCsv = "Difficulty,Title,Frequency,Acceptance Rate,Link,Topics\n";
    for (int i = 0; i < problems; ++i)
        problemCsv += (i % 2 ? "EASY" : "MEDIUM") + QByteArray(",Crash problem ") +
                      QByteArray::number(i) + ",50.0,0.5,https://leetcode.com/problems/crash-" +
                      QByteArray::number(i) + "/,\"Array, Hash Table\"\n";
    const QString problemFile = m_dir.filePath(QStringLiteral("problems.csv"));
    QVERIFY(TestFiles::write(problemFile, problemCsv));
    QByteArray applicationCsv = "Company,Role,Date,Status\n";
    for (int i = 0; i < applications; ++i)
        applicationCsv += "Company " + QByteArray::number(i) + ",Backend Developer,2026-03-" +
                          QByteArray::number(1 + i % 28) + ",applied\n";
    const QString applicationFile = m_dir.filePath(QStringLiteral("applications.csv"));
    QVERIFY(TestFiles::write(applicationFile, applicationCsv));

    // The starting points: a new file (the built-in plan), the same with the
    // 10,000 problems, an empty copy to restore, and the v1 fixture.
    const QString base = m_dir.filePath(QStringLiteral("base.sqlite"));
    QString error;
    QVERIFY2(
        run({planner, QStringLiteral("--summary"), QStringLiteral("--database"), base}, &error),
        qPrintable(error));
    m_baseItems =
        RawFile(base).count(QStringLiteral("SELECT count(*) FROM roadmap_node WHERE kind = "
                                           "'item' AND removed = 0"));
    QVERIFY(m_baseItems > 0);
    const QString full = m_dir.filePath(QStringLiteral("problems.sqlite"));
    QVERIFY(QFile::copy(base, full));
    QVERIFY2(run({planner, QStringLiteral("--import-problems"), problemFile,
                  QStringLiteral("--database"), full},
                 &error),
             qPrintable(error));
    QDir(full + QStringLiteral(".backups")).removeRecursively();
    QCOMPARE(RawFile(full).count(QStringLiteral("SELECT count(*) FROM problem")), problems);
    const QString emptyBackup = m_dir.filePath(QStringLiteral("planner-empty.sqlite"));
    QVERIFY(QFile::copy(base, emptyBackup));
    const QString v1 = m_dir.filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), v1));
    QFile::setPermissions(v1, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const auto count = [](const QString& sql) {
        return [sql](const QString& db) { return RawFile(db).count(sql); };
    };
    const auto items = count(
        QStringLiteral("SELECT count(*) FROM roadmap_node WHERE kind = 'item' AND removed = 0"));
    const auto problemCount = count(QStringLiteral("SELECT count(*) FROM problem"));
    const auto hard =
        count(QStringLiteral("SELECT count(*) FROM problem WHERE difficulty = 'hard'"));
    const auto applicationCount = count(QStringLiteral("SELECT count(*) FROM application"));
    const auto cli = [](const QString& option, const QString& file) {
        return [=](const QString& db) {
            return QStringList{planner, option, file, QStringLiteral("--database"), db};
        };
    };
    const int baseItems = m_baseItems;
    m_writes.insert(
        QStringLiteral("roadmap import"),
        {base, cli(QStringLiteral("--import-roadmap"), planFile),
         [=](const QString& db) { return allOrNone(items(db), baseItems, weeks * tasksPerWeek); }});
    m_writes.insert(QStringLiteral("problem import"),
                    {base, cli(QStringLiteral("--import-problems"), problemFile),
                     [=](const QString& db) { return allOrNone(problemCount(db), 0, problems); }});
    m_writes.insert(
        QStringLiteral("application import"),
        {base, cli(QStringLiteral("--import-applications"), applicationFile),
         [=](const QString& db) { return allOrNone(applicationCount(db), 0, applications); }});
    m_writes.insert(QStringLiteral("bulk edit of 10,000 problems"),
                    {full,
                     [](const QString& db) {
                         return QStringList{helper, QStringLiteral("bulk-edit"), db};
                     },
                     [=](const QString& db) { return allOrNone(hard(db), 0, problems); }});
    m_writes.insert(QStringLiteral("restore"),
                    {full,
                     [=](const QString& db) {
                         return QStringList{helper, QStringLiteral("restore"), db, emptyBackup};
                     },
                     [=](const QString& db) { return allOrNone(problemCount(db), problems, 0); }});
    m_writes.insert(QStringLiteral("schema upgrade from v1"),
                    {v1,
                     [](const QString& db) {
                         return QStringList{planner, QStringLiteral("--summary"),
                                            QStringLiteral("--database"), db};
                     },
                     [=](const QString& db) {
                         const RawFile file(db);
                         // The fixture's rows survive whichever version the file is left at.
                         if (file.count(QStringLiteral("SELECT count(*) FROM problem")) != 1 ||
                             file.count(QStringLiteral("SELECT count(*) FROM application")) != 1)
                             return QStringLiteral("the fixture's rows are gone");
                         return allOrNone(file.count(QStringLiteral("PRAGMA user_version")), 1,
                                          Database::SchemaVersion);
                     }});
    m_writes.insert(QStringLiteral("backup"),
                    {full,
                     [](const QString& db) {
                         return QStringList{helper, QStringLiteral("backup"), db};
                     },
                     [=](const QString& db) {
                         const auto backups = BackupManager::listFor(db);
                         if (backups.size() == 1 && problemCount(backups.first().path) != problems)
                             return QStringLiteral("the backup lacks rows");
                         return allOrNone(int(backups.size()), 0, 1);
                     }});
}

void TestCrash::killDuringWrite_data()
{
    QTest::addColumn<QString>("write");
    for (const char* name :
         {"roadmap import", "problem import", "application import", "bulk edit of 10,000 problems",
          "restore", "schema upgrade from v1", "backup"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCrash::killDuringWrite()
{
    QFETCH(QString, write);
    const Write w = m_writes.value(write);
    QVERIFY(!w.start.isEmpty());
    const QString slug = QString(write).replace(u' ', u'-').remove(u',');
    const auto fresh = [&](const QString& name) {
        const QString db = m_dir.filePath(slug + u'-' + name + QStringLiteral(".sqlite"));
        QFile::remove(db);
        QDir(db + QStringLiteral(".backups")).removeRecursively();
        return QFile::copy(w.start, db) ? db : QString();
    };

    // Once to the end: how long it takes here (to spread the kills over it),
    // and that it does leave "all".
    const QString timing = fresh(QStringLiteral("timing"));
    QVERIFY(!timing.isEmpty());
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(run(w.command(timing), &error), qPrintable(error));
    const qint64 duration = std::max<qint64>(50, clock.elapsed());
    QCOMPARE(w.outcome(timing), QStringLiteral("all"));

    const int runs = envNumber("PLANNER_CRASH_RUNS", 20);
    QRandomGenerator random(quint32(envNumber("PLANNER_CRASH_SEED", 20261126)));
    int none = 0;
    int all = 0;
    for (int i = 0; i < runs; ++i) {
        const QString db = fresh(QStringLiteral("run"));
        QVERIFY(!db.isEmpty());
        const QStringList command = w.command(db);
        QProcess victim;
        victim.setProcessEnvironment(environment());
        victim.start(command.first(), command.mid(1));
        QVERIFY(victim.waitForStarted());
        const int delay = int(random.bounded(duration * 11 / 10));
        if (!victim.waitForFinished(delay)) {
            victim.kill(); // SIGKILL on Unix: no clean-up of any kind
            victim.waitForFinished();
        }
        const QString where =
            QStringLiteral("%1, run %2 (killed after %3 ms)").arg(write).arg(i).arg(delay);
        const QString broken = RawFile(db).problems();
        QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(": ") + broken));
        for (const BackupManager::Backup& b : BackupManager::listFor(db)) {
            const QString bad = RawFile(b.path).problems();
            QVERIFY2(bad.isEmpty(),
                     qPrintable(where + QStringLiteral(": backup %1: ").arg(b.path) + bad));
        }
        const QString outcome = w.outcome(db);
        QVERIFY2(outcome == QLatin1String("none") || outcome == QLatin1String("all"),
                 qPrintable(where + QStringLiteral(": ") + outcome));
        (outcome == QLatin1String("none") ? none : all) += 1;
    }
    qInfo("crash: %s: %d kills over %lld ms; %d left none of it, %d all of it", qPrintable(write),
          runs, duration, none, all);
    QVERIFY(none > 0); // the kills did land before the commit
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
