#include "TestFiles.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Query.h"
#include "core/storage/SqlScript.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void datesAreWrittenAndReadAsQDateDoes();
    void createsNewFileAtCurrentSchema();
    void pragmasAreSet();
    void migratesVersionOneFixtureKeepingData();
    void migratesVersionFourAddingTopicAliases();
    void refusesNewerVersionUntouched();
    void refusesNonSqliteUntouched();
    void refusesForeignSqliteUntouched();
    void refusesCorruptFileUntouched();
    void deferredCheckFindsDamageAfterOpening();
    void deferredCheckNeverSkipsAnUpgrade();
    void refusesDirectoryAndMissingFolder();
    void transactionRollsBackAndNests();
    void splitsScripts();

private:
    QString makeCorruptFile(const QString& name);
    QTemporaryDir m_dir;
};

namespace {
int count(const Database& db, const QString& sql)
{
    Query q(db, sql);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

void TestDatabase::datesAreWrittenAndReadAsQDateDoes()
{
    // Query converts dates by hand for speed; it must agree with QDate's own
    // ISO conversion on every day, and on what it cannot read.
    for (QDate d(1899, 12, 25); d <= QDate(2101, 1, 5); d = d.addDays(1)) {
        const QVariant stored = Query::dateValue(d);
        QCOMPARE(stored.toString(), d.toString(Qt::ISODate));
        QCOMPARE(Query::dateFrom(stored), d);
    }
    for (const QDate& d :
         {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(12345, 6, 7), QDate(-44, 3, 15)})
        QCOMPARE(Query::dateValue(d).toString(), d.toString(Qt::ISODate));
    QVERIFY(Query::dateValue(QDate()).isNull());
    QVERIFY(!Query::dateFrom(QVariant()).isValid());
    for (const char* odd :
         {"", "2026-02-30", "2026-13-01", "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05T10:00",
          "２０２６-01-05", "2026-0a-05", " 2026-01-05", "soon"}) {
        const QString text = QString::fromUtf8(odd);
        QCOMPARE(Query::dateFrom(text), QDate::fromString(text, Qt::ISODate));
    }
}

void TestDatabase::createsNewFileAtCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(db.wasCreated());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    for (const char* table :
         {"roadmap_node", "problem", "attempt", "review", "topic", "topic_alias", "application",
          "stage_event", "interview_round", "contact", "skill", "milestone", "skill_target",
          "skill_level_event", "reminder", "setting"}) {
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' "
                                          "AND name='%1'")
                               .arg(QLatin1String(table))),
                 1);
    }
    // Migration 2 adds the default reminders.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM reminder")) >= 6);
    QVERIFY(db.lastMigrationBackup().isEmpty());
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
#endif
    db.close();

    // Reopening an up-to-date file changes nothing and is not "created".
    Database again;
    QVERIFY(again.open(path));
    QVERIFY(!again.wasCreated());
}

void TestDatabase::pragmasAreSet()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))));
    Query mode(db, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.exec() && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(count(db, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
}

void TestDatabase::migratesVersionOneFixtureKeepingData()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(!db.wasCreated());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM roadmap_node")), 3);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM roadmap_node WHERE status='done'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM problem")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT target_count FROM topic WHERE name='Arrays'")), 15);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM application")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT level FROM skill WHERE name='Python'")), 9);
    // The index from step 2 exists now.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                      "name='application_stage'")),
             1);
    // Step 4 marks a file that already holds a plan as initialised, so it is never re-seeded.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM setting WHERE key='plan.initialised'")),
             1);

    // Step 5 adds the (empty) alias table merged topics keep their other names in.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM topic_alias")), 0);

    // Step 6 indexes attempts by day: the streak's per-day count searches it
    // instead of scanning and sorting every attempt.
    const auto planOf = [&db](const char* sql) {
        QSqlQuery plan(db.connection());
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(sql));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        return steps.join(QLatin1String(" | "));
    };
    // And step 7: the first screen's application counts and follow-ups are index
    // ranges, not scans of every application (ApplicationStore's queries).
    const std::pair<const char*, const char*> expectedPlans[] = {
        {"SELECT count(*) FROM (SELECT 1 FROM attempt WHERE day = '2026-01-01' LIMIT 2)",
         "USING COVERING INDEX attempt_day"},
        {"SELECT count(*) FROM application WHERE applied_on = '2026-01-01'",
         "application_applied_on"},
        {"SELECT count(*) FROM application WHERE follow_up_on > '' AND "
         "follow_up_on < '2026-01-01' AND stage NOT IN ('wishlist', 'accepted', 'rejected', "
         "'ghosted', 'withdrawn')",
         "USING COVERING INDEX application_follow_up"},
        {"SELECT count(*) FROM application WHERE stage = 'applied' AND applied_on > '' AND "
         "applied_on < '2026-01-01' AND (follow_up_on IS NULL OR follow_up_on = '') AND "
         "date(applied_on) IS NOT NULL",
         "USING COVERING INDEX application_applied"}};
    for (const auto& [sql, expected] : expectedPlans) {
        const QString plan = planOf(sql);
        QVERIFY2(plan.contains(QLatin1String(expected)), qPrintable(plan));
    }

    // A copy of the version-1 file was taken before migrating, byte for byte.
    const QString backup = db.lastMigrationBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    Database old;
    QVERIFY(old.open(backup)); // opening migrates the copy too; check its data survived
    QCOMPARE(count(old, QStringLiteral("SELECT count(*) FROM roadmap_node")), 3);
}

void TestDatabase::migratesVersionFourAddingTopicAliases()
{
    // A version-4 file: today's schema without steps 5 to 7, holding topics and links.
    const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        for (const char* sql :
             {"INSERT INTO topic(id, name, target_count) VALUES(7, 'arrays', 15)",
              "INSERT INTO problem(id, slug, title) VALUES(3, 'two-sum', 'Two Sum')",
              "INSERT INTO problem_topic(problem_id, topic_id) VALUES(3, 7)",
              "DROP TABLE topic_alias", "DROP INDEX attempt_day",
              "DROP INDEX application_applied_on", "DROP INDEX application_follow_up",
              "DROP INDEX application_applied", "PRAGMA user_version = 4"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QVERIFY(!db.lastMigrationBackup().isEmpty());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM topic_alias")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT topic_id FROM problem_topic WHERE problem_id = 3")),
             7);
    QCOMPARE(count(db, QStringLiteral("SELECT target_count FROM topic WHERE name = 'arrays'")), 15);
    // An alias follows its topic when the topic goes.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO topic_alias(alias, topic_id) VALUES('Arrays', 7)")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM topic WHERE id = 7")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM topic_alias")), 0);
}

void TestDatabase::refusesNewerVersionUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = TestFiles::hash(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.errorString().contains(path));
    QVERIFY(db.errorString().contains(QStringLiteral("newer version")));
    db.close();
    QCOMPARE(TestFiles::hash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesNonSqliteUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(TestFiles::write(path, "These are my notes, not a database.\n"));
    const QByteArray before = TestFiles::hash(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.errorString().contains(path));
    QVERIFY(db.errorString().contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(TestFiles::hash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesForeignSqliteUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("other-app.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = TestFiles::hash(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.errorString().contains(QStringLiteral("another program")));
    QCOMPARE(TestFiles::hash(path), before);
}

// A planner file at the current schema whose table pages are overwritten
// with garbage: the header and the schema's pages (user_version, the tables)
// stay readable; the filler's pages at the end of the file are garbage.
QString TestDatabase::makeCorruptFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    {
        Database db;
        if (!db.open(path))
            return {};
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("CREATE TABLE filler(x TEXT)"));
        for (int i = 0; i < 200; ++i)
            q.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(200)))"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }
    QByteArray bytes = TestFiles::read(path);
    if (bytes.size() <= 8192)
        return {};
    // Overwrite the filler's pages with garbage, keeping the header and the schema.
    for (qsizetype i = std::max<qsizetype>(4096, bytes.size() - 40960); i < bytes.size() - 1024;
         i += 7)
        bytes[i] = char(0xA5);
    return TestFiles::write(path, bytes) ? path : QString();
}

void TestDatabase::refusesCorruptFileUntouched()
{
    const QString path = makeCorruptFile(QStringLiteral("corrupt.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestFiles::hash(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.errorString().contains(path));
    QCOMPARE(TestFiles::hash(path), before);
}

void TestDatabase::deferredCheckFindsDamageAfterOpening()
{
    // A window opens a current file without its quick_check and runs it on a
    // worker thread after the first paint: the damage is found there.
    const QString path = makeCorruptFile(QStringLiteral("corrupt-later.sqlite"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path, Database::Check::AfterFirstPaint), qPrintable(db.errorString()));
    QVERIFY(db.checkDeferred());

    IntegrityCheck check;
    QSignalSpy finished(&check, &IntegrityCheck::finished);
    check.start(path);
    QVERIFY(finished.wait(20000));
    const QString problem = finished.first().first().toString();
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("integrity")));

    // A sound file, checked the same way while this connection holds it open.
    Database sound;
    const QString soundPath = m_dir.filePath(QStringLiteral("sound-later.sqlite"));
    QVERIFY(sound.open(soundPath));
    sound.close();
    QVERIFY(sound.open(soundPath, Database::Check::AfterFirstPaint));
    QVERIFY(sound.checkDeferred());
    check.start(soundPath);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toString(), QString());
}

void TestDatabase::deferredCheckNeverSkipsAnUpgrade()
{
    // An upgrade writes every table, so an old file is checked before it, and
    // a new file has nothing to check.
    const QString old = m_dir.filePath(QStringLiteral("v1-later.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Database db;
    QVERIFY2(db.open(old, Database::Check::AfterFirstPaint), qPrintable(db.errorString()));
    QVERIFY(!db.checkDeferred());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);

    Database fresh;
    QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("new-later.sqlite")),
                       Database::Check::AfterFirstPaint));
    QVERIFY(fresh.wasCreated());
    QVERIFY(!fresh.checkDeferred());
}

void TestDatabase::refusesDirectoryAndMissingFolder()
{
    Database db;
    QVERIFY(!db.open(m_dir.path()));
    QVERIFY(db.errorString().contains(QStringLiteral("directory")));

    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/plan.sqlite"));
    QVERIFY(!db.open(missing));
    QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
}

void TestDatabase::transactionRollsBackAndNests()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("tx.sqlite"))));
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        Query(db, QStringLiteral("INSERT INTO setting VALUES('a', '1')")).exec();
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            Query(db, QStringLiteral("INSERT INTO setting VALUES('b', '2')")).exec();
            // inner is dropped without commit: only 'b' goes
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM setting WHERE key IN ('a','b')")), 1);
    {
        Transaction tx(db);
        Query(db, QStringLiteral("INSERT INTO setting VALUES('c', '3')")).exec();
    }
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'c'")), 0);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestDatabase::splitsScripts()
{
    const QStringList parts = SqlScript::split(QStringLiteral(
        "-- comment; with a semicolon\nCREATE TABLE a(x TEXT DEFAULT 'x;y');\n/* block; */ "
        "INSERT INTO a VALUES('it''s; fine');\n\n"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts[0].startsWith(QStringLiteral("CREATE TABLE")));
    QVERIFY(parts[1].contains(QStringLiteral("it''s; fine")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
