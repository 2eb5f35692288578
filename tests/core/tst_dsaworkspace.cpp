#include "core/Workspace.h"
#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// DSA edits through the Workspace: undo, the models, and the cross-tab target rule.
class TestDsaWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void modelsPassTheTester();
    void editDeleteAndUndoKeepHistory();
    void bulkEditIsOneUndoStep();
    void topicTargetTicksAndUnticksItsRoadmapItem();
    void resetProgressForATopicIsUndoable();
    void filterProxy();
    void titlesSortNaturally();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("planner.sqlite")); }
    static QVector<ProblemRecord> solvedProblems(const QString& prefix, const QString& topic,
                                                 int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDate m_today{2026, 3, 10};
};

void TestDsaWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QVector<ProblemRecord> TestDsaWorkspace::solvedProblems(const QString& prefix, const QString& topic,
                                                        int n)
{
    QVector<ProblemRecord> records;
    for (int i = 0; i < n; ++i) {
        Problem p;
        p.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        p.topics = {topic};
        p.status = Problem::Status::Solved;
        p.difficulty = Problem::Difficulty(i % 3);
        records.append(ProblemEdits::newRecord(p, QDate(2026, 3, 1)));
    }
    return records;
}

void TestDsaWorkspace::modelsPassTheTester()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    ProblemFilterProxy proxy;
    proxy.setSourceModel(&ws.problemModel());
    QAbstractItemModelTester problems(&ws.problemModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filtered(&proxy,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester topics(&ws.topicModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ws.undoStack().push(new ReplaceProblemsCommand(
        ws.problems(), {}, solvedProblems(QStringLiteral("Array"), QStringLiteral("arrays"), 5),
        QStringLiteral("add")));
    proxy.setSearchText(QStringLiteral("array 3"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.sort(ProblemModel::DifficultyColumn, Qt::DescendingOrder);
    proxy.setSearchText(QString());
    // Sorting is kept by the model itself, also for rows edited later.
    QCOMPARE(
        proxy.index(0, ProblemModel::DifficultyColumn).data(ProblemModel::DifficultyRole).toInt(),
        int(Problem::Difficulty::Hard));
    QCOMPARE(
        proxy.index(4, ProblemModel::DifficultyColumn).data(ProblemModel::DifficultyRole).toInt(),
        int(Problem::Difficulty::Easy));
    const QVector<ProblemRecord> two = ws.problems().records(
        {ws.problemModel().problems()[1].id, ws.problemModel().problems()[3].id});
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), two, {}, QStringLiteral("delete")));
    QCOMPARE(ws.problemModel().rowCount(), 3);
    ws.undoStack().undo();
    ws.undoStack().undo();
    ws.undoStack().redo();
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(!ws.problemModel().index(0, ProblemModel::ReviewColumn).data().toString().isEmpty());
}

void TestDsaWorkspace::editDeleteAndUndoKeepHistory()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    Problem p;
    p.title = QStringLiteral("Two Sum");
    p.status = Problem::Status::Solved;
    p.minutes = 25;
    const qint64 id = ws.problems().add(p);
    QVERIFY(id > 0);
    ProblemRecord before = ws.problems().records({id}).value(0);
    QCOMPARE(before.attempts.size(), 1);
    QCOMPARE(before.attempts[0].minutes, 25);
    QVERIFY(before.pendingReview());

    ProblemRecord after = before;
    after.problem.notes = QStringLiteral("Use a **hash map**.");
    after.problem.companies = {QStringLiteral("Amazon"), QStringLiteral("Google")};
    after.problem.tags = {QStringLiteral("classic")};
    after.problem.confidence = 4;
    after.problem.topics = {QStringLiteral("arrays"), QStringLiteral("hashing")};
    Attempt again;
    again.minutes = 10;
    ProblemEdits::addAttempt(after, again, m_today);
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), {before}, {after}, QStringLiteral("Edit")));
    ProblemRecord stored = ws.problems().records({id}).value(0);
    QCOMPARE(stored.problem.notes, after.problem.notes);
    QCOMPARE(stored.problem.companies, after.problem.companies);
    QCOMPARE(stored.problem.confidence, 4);
    QCOMPARE(stored.problem.topics.size(), 2);
    QCOMPARE(stored.attempts.size(), 2);
    const int row = ws.problemModel().rowOf(id);
    QCOMPARE(ws.problemModel().index(row, ProblemModel::ConfidenceColumn).data().toInt(), 4);

    ws.undoStack().push(new ReplaceProblemsCommand(ws.problems(), {stored}, {},
                                                   QStringLiteral("Deleted 1 problem")));
    QCOMPARE(ws.problems().total(), 0);
    QCOMPARE(ws.problemModel().rowCount(), 0);
    ws.undoStack().undo(); // the delete: attempts and reviews come back with the same ids
    const ProblemRecord restored = ws.problems().records({id}).value(0);
    QCOMPARE(restored.problem.id, id);
    QCOMPARE(restored.attempts.size(), 2);
    QCOMPARE(restored.attempts[0].id, stored.attempts[0].id);
    QCOMPARE(restored.reviews.size(), stored.reviews.size());
    ws.undoStack().undo(); // the edit
    QCOMPARE(ws.problems().records({id}).value(0).problem.notes, QString());
    QCOMPARE(ws.problems().records({id}).value(0).attempts.size(), 1);
}

void TestDsaWorkspace::bulkEditIsOneUndoStep()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    ws.undoStack().push(new ReplaceProblemsCommand(
        ws.problems(), {}, solvedProblems(QStringLiteral("Tree"), QStringLiteral("trees"), 4),
        QStringLiteral("add")));
    const int steps = ws.undoStack().count();
    QVector<qint64> ids;
    for (const Problem& p : ws.problemModel().problems())
        ids.append(p.id);
    const QVector<ProblemRecord> before = ws.problems().records(ids.mid(0, 3));
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after) {
        r.problem.difficulty = Problem::Difficulty::Hard;
        ProblemEdits::setStatus(r, Problem::Status::Revisit, m_today);
    }
    ws.undoStack().push(new ReplaceProblemsCommand(ws.problems(), before, after,
                                                   QStringLiteral("Edit 3 problems")));
    QCOMPARE(ws.undoStack().count(), steps + 1);
    // Difficulties were easy, medium, hard, easy: the first three are now hard.
    QCOMPARE(ws.problems().countByDifficulty().value(QStringLiteral("hard")), 3);
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("revisit")), 3);
    ws.undoStack().undo();
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("revisit")), 0);
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("solved")), 4);
}

void TestDsaWorkspace::topicTargetTicksAndUnticksItsRoadmapItem()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    TopicStore::Topic arrays;
    for (const TopicStore::Topic& t : ws.topics().loadAll()) {
        if (t.name == QLatin1String("Arrays and Strings"))
            arrays = t;
    }
    QCOMPARE(arrays.target, 15);
    QVERIFY(arrays.roadmapNodeId > 0);
    const qint64 node = arrays.roadmapNodeId;
    auto checked = [&] {
        return ws.roadmapModel().indexForId(node).data(Qt::CheckStateRole).value<Qt::CheckState>();
    };
    QCOMPARE(checked(), Qt::Unchecked);
    const int doneBefore = ws.roadmapModel().doneCount();

    // 14 solved "arrays" problems (NeetCode spelling mixed in): not yet.
    QVector<ProblemRecord> records =
        solvedProblems(QStringLiteral("Array"), QStringLiteral("arrays"), 10);
    records += solvedProblems(QStringLiteral("Hashing"), QStringLiteral("Arrays & Hashing"), 4);
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), {}, records, QStringLiteral("add")));
    QCOMPARE(checked(), Qt::Unchecked);
    // An unsolved one does not count.
    Problem todo;
    todo.title = QStringLiteral("String todo");
    todo.topics = {QStringLiteral("Strings")};
    QVERIFY(ws.problems().add(todo) > 0);
    QCOMPARE(checked(), Qt::Unchecked);

    // The 15th ticks the item in the Timeline's model at once.
    ws.undoStack().push(new ReplaceProblemsCommand(
        ws.problems(), {}, solvedProblems(QStringLiteral("String"), QStringLiteral("Strings"), 1),
        QStringLiteral("add")));
    QCOMPARE(checked(), Qt::Checked);
    QCOMPARE(ws.roadmapModel().doneCount(), doneBefore + 1);
    QCOMPARE(ws.roadmap().status(node), RoadmapNode::Status::Done);
    const int row = ws.topicModel()
                        .match(ws.topicModel().index(0, 0), Qt::DisplayRole,
                               QStringLiteral("Arrays and Strings"))
                        .value(0)
                        .row();
    QCOMPARE(ws.topicModel().index(row, TopicModel::SolvedColumn).data().toInt(), 15);

    // Undo removes it again: the item unticks.
    ws.undoStack().undo();
    QCOMPARE(checked(), Qt::Unchecked);
    QCOMPARE(ws.roadmapModel().doneCount(), doneBefore);
    ws.undoStack().redo();
    QCOMPARE(checked(), Qt::Checked);

    // Un-solving one (status back to to do) unticks too.
    const qint64 first = ws.problemModel().problems().first().id;
    const ProblemRecord before = ws.problems().records({first}).value(0);
    ProblemRecord after = before;
    ProblemEdits::setStatus(after, Problem::Status::Todo, m_today);
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), {before}, {after}, QStringLiteral("edit")));
    QCOMPARE(checked(), Qt::Unchecked);
    ws.undoStack().undo();
    QCOMPARE(checked(), Qt::Checked);
}

void TestDsaWorkspace::resetProgressForATopicIsUndoable()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    ws.undoStack().push(new ReplaceProblemsCommand(
        ws.problems(), {}, solvedProblems(QStringLiteral("Graph"), QStringLiteral("graphs"), 3),
        QStringLiteral("add")));
    const QVector<qint64> ids = ws.problems().idsWithTopic(QStringLiteral("Graphs"));
    QCOMPARE(ids.size(), 3); // topic names compare without case
    const QVector<ProblemRecord> before = ws.problems().records(ids);
    QVector<ProblemRecord> after = before;
    for (ProblemRecord& r : after)
        ProblemEdits::resetProgress(r);
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), before, after, QStringLiteral("Reset")));
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("solved")), 0);
    QCOMPARE(ws.problems().allAttempts().size(), 3); // history stays
    ws.undoStack().undo();
    QCOMPARE(ws.problems().countByStatus().value(QStringLiteral("solved")), 3);
    QVERIFY(ws.problems().records(ids).value(0).pendingReview());
}

void TestDsaWorkspace::filterProxy()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    QVector<ProblemRecord> records =
        solvedProblems(QStringLiteral("Array"), QStringLiteral("arrays"), 3);
    records += solvedProblems(QStringLiteral("Tree"), QStringLiteral("trees"), 3);
    Problem todo;
    todo.title = QStringLiteral("Graph Valid Tree");
    todo.topics = {QStringLiteral("graphs")};
    todo.companies = {QStringLiteral("Meta")};
    records.append(ProblemEdits::newRecord(todo, m_today));
    ws.undoStack().push(
        new ReplaceProblemsCommand(ws.problems(), {}, records, QStringLiteral("add")));
    ProblemFilterProxy proxy;
    proxy.setSourceModel(&ws.problemModel());
    QCOMPARE(proxy.rowCount(), 7);
    proxy.setSearchText(QStringLiteral("META"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("tree"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setTopic(QStringLiteral("Trees basics")); // plan topic: counts "trees"
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QString());
    proxy.setTopic(QString());
    proxy.setStatus(int(Problem::Status::Todo));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatus(-1);
    proxy.setDifficulty(int(Problem::Difficulty::Easy));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setDifficulty(-1);
    proxy.setDueBy(QDate(2026, 3, 2)); // first reviews of problems solved on 1 March
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setDueBy(QDate(2026, 3, 1));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestDsaWorkspace::titlesSortNaturally()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    for (const char* title :
         {"Problem 10", "problem 2", "Problem 100", "Problem 11", "Problem 1"}) {
        Problem p;
        p.title = QString::fromLatin1(title);
        p.slug = Problem::slugify(p.title);
        QVERIFY(ws.problems().add(p));
    }
    ProblemModel& model = ws.problemModel();
    model.sort(ProblemModel::TitleColumn, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, ProblemModel::TitleColumn).data().toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Problem 1"), QStringLiteral("problem 2"),
                                  QStringLiteral("Problem 10"), QStringLiteral("Problem 11"),
                                  QStringLiteral("Problem 100")}));
    QVERIFY(ProblemModel::compare(model.problemAt(1), model.problemAt(2),
                                  ProblemModel::TitleColumn) < 0);
}

QTEST_GUILESS_MAIN(TestDsaWorkspace)
#include "tst_dsaworkspace.moc"
