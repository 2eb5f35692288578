#include "core/Workspace.h"
#include "core/dsa/AddProblemCommand.h"
#include "core/dsa/CatalogueReader.h"
#include "core/dsa/MergeTopicsCommand.h"
#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemImporter.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemQuickAdd.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "core/storage/Query.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// One topic written three ways, merged into one: the store, its undo step,
// and the importers that must land on the merged topic afterwards.
class TestTopicMerge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mergeMovesProblemsTargetAndKeepsAliases();
    void undoRestoresExactlyAndRedoAgain();
    void importerAndQuickAddResolveAliases();
    void refusesToMergeATopicIntoItself();

private:
    void addProblem(const QString& title, const QStringList& topics, bool solved = true);
    qint64 topicId(const QString& name) { return m_ws->topics().resolve(name); }
    // Every row the merge may touch, as text, to compare before and after.
    QString dump();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestTopicMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("merge.sqlite")), Workspace::Seed::Nothing));
    QVERIFY(m_ws->topics().setTarget(QStringLiteral("Arrays and Strings"), 15, 0));
    addProblem(QStringLiteral("Two Sum"), {QStringLiteral("arrays")});
    addProblem(QStringLiteral("Group Anagrams"),
               {QStringLiteral("Arrays & Hashing"), QStringLiteral("arrays")});
    addProblem(QStringLiteral("Valid Palindrome"), {QStringLiteral("Arrays and Strings")}, false);
    addProblem(QStringLiteral("Climbing Stairs"), {QStringLiteral("dp")});
}

void TestTopicMerge::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestTopicMerge::addProblem(const QString& title, const QStringList& topics, bool solved)
{
    Problem p;
    p.title = title;
    p.topics = topics;
    p.status = solved ? Problem::Status::Solved : Problem::Status::Todo;
    QVERIFY(m_ws->problems().add(p) > 0);
}

QString TestTopicMerge::dump()
{
    QStringList out;
    for (const char* sql :
         {"SELECT id, name, target_count, roadmap_node_id FROM topic ORDER BY id",
          "SELECT problem_id, topic_id FROM problem_topic ORDER BY problem_id, topic_id",
          "SELECT alias, topic_id FROM topic_alias ORDER BY alias"}) {
        Query q(m_ws->database(), QString::fromLatin1(sql));
        if (!q.exec())
            return QStringLiteral("error");
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        out << QStringLiteral("--");
    }
    return out.join(u'\n');
}

void TestTopicMerge::mergeMovesProblemsTargetAndKeepsAliases()
{
    const qint64 into = topicId(QStringLiteral("Arrays and Strings"));
    const qint64 arrays = topicId(QStringLiteral("arrays"));
    const qint64 hashing = topicId(QStringLiteral("Arrays & Hashing"));
    QVERIFY(into && arrays && hashing);
    QSignalSpy removed(&m_ws->topics(), &ChangeNotifier::rowsRemoved);
    const auto changed = m_ws->topics().merge(into, {arrays, hashing});
    QVERIFY(changed);
    QCOMPARE(changed->size(), 2); // Two Sum and Group Anagrams
    QCOMPARE(removed.size(), 1);
    QCOMPARE(topicId(QStringLiteral("ARRAYS")), into);
    QCOMPARE(topicId(QStringLiteral("Arrays & Hashing")), into);
    QCOMPARE(m_ws->topics().aliases(into),
             QStringList({QStringLiteral("arrays"), QStringLiteral("Arrays & Hashing")}));
    const QVector<TopicStore::Topic> all = m_ws->topics().loadAll();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("Arrays and Strings"));
    QCOMPARE(all.first().total, 3); // Group Anagrams once, not twice
    QCOMPARE(all.first().target, 15);
    QCOMPARE(all.first().solved, 2);

    // A topic without a target takes the target of the one merged into it.
    const qint64 dp = topicId(QStringLiteral("dp"));
    QVERIFY(m_ws->topics().merge(dp, {into}));
    QCOMPARE(m_ws->topics().loadAll().first().target, 15);
    QCOMPARE(topicId(QStringLiteral("arrays")), dp); // aliases follow the merge
}

void TestTopicMerge::undoRestoresExactlyAndRedoAgain()
{
    QAbstractItemModelTester tester(&m_ws->topicModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString before = dump();
    const qint64 into = topicId(QStringLiteral("Arrays and Strings"));
    QSignalSpy problemsChanged(&m_ws->problems(), &ChangeNotifier::rowsChanged);
    m_ws->undoStack().push(new MergeTopicsCommand(
        m_ws->topics(), m_ws->problems(), into,
        {topicId(QStringLiteral("arrays")), topicId(QStringLiteral("Arrays & Hashing"))}));
    QCOMPARE(m_ws->undoStack().count(), 1);
    // (English plural forms are installed by the application, not in this test.)
    QVERIFY(m_ws->undoStack().text(0).startsWith(QStringLiteral("Merge 2 topic")));
    QVERIFY(m_ws->undoStack().text(0).endsWith(QStringLiteral("into \"Arrays and Strings\"")));
    QCOMPARE(problemsChanged.size(), 1);
    QCOMPARE(m_ws->topicModel().rowCount(), 2);
    const QString after = dump();
    QVERIFY(after != before);
    // The problem list shows the merged topic's name.
    bool found = false;
    for (const Problem& p : m_ws->problemModel().problems()) {
        if (p.title == u"Two Sum") {
            QCOMPARE(p.topics, QStringList{QStringLiteral("Arrays and Strings")});
            found = true;
        }
    }
    QVERIFY(found);

    m_ws->undoStack().undo();
    QCOMPARE(dump(), before);
    QCOMPARE(m_ws->topicModel().rowCount(), 4);
    m_ws->undoStack().redo();
    QCOMPARE(dump(), after);
    m_ws->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestTopicMerge::importerAndQuickAddResolveAliases()
{
    const qint64 into = topicId(QStringLiteral("Arrays and Strings"));
    QVERIFY(m_ws->topics().merge(
        into, {topicId(QStringLiteral("arrays")), topicId(QStringLiteral("Arrays & Hashing"))}));
    // A LeetCode CSV that says "Arrays & Hashing" and "arrays".
    const QByteArray csv = "Difficulty,Title,Frequency,Acceptance Rate,Link,Topics\n"
                           "EASY,Contains Duplicate,1,60%,https://leetcode.com/problems/"
                           "contains-duplicate,Arrays & Hashing\n"
                           "MEDIUM,Top K Frequent,1,60%,https://leetcode.com/problems/"
                           "top-k-frequent-elements,arrays\n";
    const CatalogueReader::Result read = CatalogueReader::read(csv);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    const ProblemImporter::Preview preview =
        ProblemImporter::preview(read, m_ws->problems().duplicateKeys());
    m_ws->undoStack().push(new ReplaceProblemsCommand(
        m_ws->problems(), {}, ProblemImporter::records(preview, QDate(2026, 3, 10)),
        QStringLiteral("import")));
    Problem quick;
    QString error;
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("best time to buy #ARRAYS easy"),
                                   QDate(2026, 3, 10), &quick, &error));
    m_ws->undoStack().push(new AddProblemCommand(m_ws->problems(), quick));
    // No duplicate topic came back; all three problems are on the merged one.
    QCOMPARE(m_ws->topics().loadAll().size(), 2);
    int onMerged = 0;
    for (const Problem& p : m_ws->problemModel().problems())
        onMerged += p.topics.contains(QStringLiteral("Arrays and Strings")) ? 1 : 0;
    QCOMPARE(onMerged, 6);
    // A plan target written with an old name lands on the merged topic too.
    QVERIFY(m_ws->topics().setTarget(QStringLiteral("arrays"), 20, 0));
    QCOMPARE(m_ws->topics().loadAll().first().target, 20);
}

void TestTopicMerge::refusesToMergeATopicIntoItself()
{
    const QString before = dump();
    const qint64 into = topicId(QStringLiteral("arrays"));
    QVERIFY(!m_ws->topics().merge(into, {into}));
    QVERIFY(!m_ws->topics().merge(into, {}));
    QVERIFY(!m_ws->topics().merge(into, {987654}));
    QCOMPARE(dump(), before);
    m_ws->undoStack().push(new MergeTopicsCommand(m_ws->topics(), m_ws->problems(), into, {into}));
    QCOMPARE(m_ws->undoStack().count(), 0); // a failed first redo is dropped
}

QTEST_GUILESS_MAIN(TestTopicMerge)
#include "tst_topicmerge.moc"
