#include "TestFiles.h"
#include "core/SummaryReport.h"
#include "core/Workspace.h"
#include "core/dsa/AddProblemCommand.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicModel.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillModel.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "core/storage/ModelPrefetch.h"
#include "core/today/Today.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void seedsBuiltInPlanOnce();
    void planReadOnAWorkerIsThePlanInTheFile();
    void planReadBeforeOpenIsUsedOnlyWhenCurrent();
    void keepsAPlanWithoutItems_data();
    void keepsAPlanWithoutItems();
    void keepsAnEmptiedPlan();
    void modelsPassTheTester();
    void tickingIsUndoableAndPersists();
    void problemsAndApplicationsFlowThroughModels();
    void summaryKeys();
    void whereTodayFalls();
    void prefetchRecordsWritesAndRefusesAfterAReset();
    void prefetchedModelsMatchAFreshRead();
    void prefetchedTopicCountsAreTakenOnlyWhileCurrent();
    void readRowsComeInTitleOrder();

private:
    // Problems "Problem 0…n-1" and applications "Company 0…n-1", their ids in order.
    static void addRows(Workspace& ws, int n, QVector<qint64>* problems,
                        QVector<qint64>* applications);
    QString path() const { return m_dir->filePath(QStringLiteral("ws.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestWorkspace::seedsBuiltInPlanOnce()
{
    {
        Workspace ws;
        QVERIFY2(ws.open(path()), qPrintable(ws.errorString()));
        QVERIFY(ws.seededBuiltInPlan());
        QCOMPARE(ws.roadmapModel().itemCount(), 66);
        QCOMPARE(ws.roadmapModel().doneCount(), 16);
        QCOMPARE(ws.topicModel().rowCount(), 6);
        QCOMPARE(ws.skillModel().rowCount(), 12);
        QCOMPARE(ws.skillModel().columnCount(), SkillModel::FirstMilestoneColumn + 3);
    }
    Workspace again;
    QVERIFY(again.open(path()));
    QVERIFY(!again.seededBuiltInPlan());
    QCOMPARE(again.roadmapModel().itemCount(), 66);
}

void TestWorkspace::keepsAPlanWithoutItems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("headings");
    QTest::newRow("headings only") << QStringLiteral("import/headings-only-curriculum.md") << 6;
    QTest::newRow("checkboxes only in fences")
        << QStringLiteral("import/fenced-checkboxes.md") << 3;
}

void TestWorkspace::keepsAPlanWithoutItems()
{
    QFETCH(QString, file);
    QFETCH(int, headings);
    ParsedPlan plan;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::readFile(TestFiles::data(file), &plan, &error),
             qPrintable(error));
    {
        // As --import-roadmap does for a new file: just this plan, no seeding.
        Workspace ws;
        QVERIFY2(ws.open(path(), Workspace::Seed::Nothing), qPrintable(ws.errorString()));
        ImportPlanCommand command(ws, plan, ImportPlanCommand::Mode::Replace);
        QVERIFY2(command.run(), qPrintable(command.errorString()));
    }
    // The next start must show the user's headings, not the built-in plan.
    Workspace again;
    QVERIFY2(again.open(path()), qPrintable(again.errorString()));
    QVERIFY(!again.seededBuiltInPlan());
    QCOMPARE(again.roadmapModel().itemCount(), 0);
    const QVector<RoadmapNode> nodes = again.roadmap().loadAll();
    QCOMPARE(int(nodes.size()), headings);
    QCOMPARE(nodes.first().title, plan.nodes.first().title);
    bool notesKept = false;
    for (const RoadmapNode& n : nodes)
        notesKept = notesKept || n.notes.contains(QLatin1String("- ["));
    QCOMPARE(notesKept, file.contains(QLatin1String("fenced")));
}

void TestWorkspace::keepsAnEmptiedPlan()
{
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        QVERIFY(ws.seededBuiltInPlan());
        QVERIFY(ws.roadmap().clear());
    }
    Workspace again;
    QVERIFY(again.open(path()));
    QVERIFY(!again.seededBuiltInPlan());
    QCOMPARE(int(again.roadmap().loadAll().size()), 0);
}

void TestWorkspace::modelsPassTheTester()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QList<QAbstractItemModel*> models = {&ws.roadmapModel(), &ws.topicModel(),
                                               &ws.problemModel(), &ws.applicationModel(),
                                               &ws.skillModel()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // Exercise the signals while the testers watch.
    const QModelIndex routers =
        ws.roadmapModel()
            .match(ws.roadmapModel().index(0, 0), Qt::DisplayRole, QStringLiteral("Routers"), 1,
                   Qt::MatchRecursive | Qt::MatchContains)
            .value(0);
    QVERIFY(routers.isValid());
    QVERIFY(ws.roadmapModel().setData(routers, Qt::Checked, Qt::CheckStateRole));
    Problem p;
    p.title = QStringLiteral("Two Sum");
    p.topics = {QStringLiteral("Arrays and Strings")};
    p.status = Problem::Status::Solved;
    ws.undoStack().push(new AddProblemCommand(ws.problems(), p));
    Application a;
    a.company = QStringLiteral("Acme");
    a.role = QStringLiteral("Backend Developer");
    ws.undoStack().push(new AddApplicationCommand(ws.applications(), a));
    ws.undoStack().undo();
    ws.undoStack().undo();
    ws.undoStack().undo();
    ws.roadmapModel().reload();
}

void TestWorkspace::tickingIsUndoableAndPersists()
{
    qint64 id = 0;
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        RoadmapModel& model = ws.roadmapModel();
        const QModelIndex pagination =
            model
                .match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("Pagination"), 1,
                       Qt::MatchRecursive | Qt::MatchContains)
                .value(0);
        QVERIFY(pagination.isValid());
        id = pagination.data(RoadmapModel::IdRole).toLongLong();
        QCOMPARE(pagination.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        const QModelIndex week = pagination.parent();
        const int weekDoneBefore = week.data(RoadmapModel::DoneCountRole).toInt();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(pagination, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(ws.undoStack().count(), 1);
        QCOMPARE(model.doneCount(), 17);
        QCOMPARE(week.data(RoadmapModel::DoneCountRole).toInt(), weekDoneBefore + 1);
        QVERIFY(changed.count() >= 3); // the item, its week, its month…

        ws.undoStack().undo();
        QCOMPARE(model.doneCount(), 16);
        QCOMPARE(ws.roadmap().counts().done, 16);
        ws.undoStack().redo();
        QCOMPARE(ws.roadmap().counts().done, 17);
    }
    Workspace reopened;
    QVERIFY(reopened.open(path()));
    QCOMPARE(reopened.roadmapModel().doneCount(), 17);
    QCOMPARE(
        reopened.roadmapModel().indexForId(id).data(Qt::CheckStateRole).value<Qt::CheckState>(),
        Qt::Checked);
}

void TestWorkspace::problemsAndApplicationsFlowThroughModels()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    Problem p;
    p.title = QStringLiteral("Valid Anagram");
    p.topics = {QStringLiteral("Arrays and Strings")};
    p.status = Problem::Status::Solved;
    p.difficulty = Problem::Difficulty::Easy;
    ws.undoStack().push(new AddProblemCommand(ws.problems(), p));
    QCOMPARE(ws.problemModel().rowCount(), 1);
    QCOMPARE(ws.problemModel().index(0, ProblemModel::TitleColumn).data().toString(), p.title);
    const QModelIndex arrays = ws.topicModel().index(0, TopicModel::SolvedColumn);
    QCOMPARE(ws.topicModel().index(0, TopicModel::TopicColumn).data().toString(),
             QStringLiteral("Arrays and Strings"));
    QCOMPARE(arrays.data().toInt(), 1);
    // The same title again is a duplicate and is refused by the store.
    QCOMPARE(ws.problems().add(p), 0);

    Application a;
    a.company = QStringLiteral("Acme");
    a.role = QStringLiteral("Python Developer");
    a.appliedOn = QDate::currentDate();
    ws.undoStack().push(new AddApplicationCommand(ws.applications(), a));
    QCOMPARE(ws.applicationModel().rowCount(), 1);
    QCOMPARE(ws.applications().countAppliedOn(QDate::currentDate()), 1);
    ws.undoStack().undo();
    QCOMPARE(ws.applicationModel().rowCount(), 0);
    ws.undoStack().undo();
    QCOMPARE(ws.problemModel().rowCount(), 0);
    QCOMPARE(ws.topicModel().index(0, TopicModel::SolvedColumn).data().toInt(), 0);
}

void TestWorkspace::summaryKeys()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QJsonObject s = SummaryReport::build(ws);
    QCOMPARE(s.value(QStringLiteral("schema")).toInt(), Database::SchemaVersion);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("items")].toInt(), 66);
    QCOMPARE(s[QStringLiteral("roadmap")][QStringLiteral("done")].toInt(), 16);
    QCOMPARE(s[QStringLiteral("problems")][QStringLiteral("total")].toInt(), 0);
    QVERIFY(s[QStringLiteral("problems")][QStringLiteral("by_status")].toObject().contains(
        QStringLiteral("solved")));
    QVERIFY(s[QStringLiteral("problems")][QStringLiteral("by_difficulty")].toObject().contains(
        QStringLiteral("hard")));
    QVERIFY(s[QStringLiteral("applications")][QStringLiteral("by_stage")].toObject().contains(
        QStringLiteral("offer")));
    QCOMPARE(s[QStringLiteral("skills")][QStringLiteral("total")].toInt(), 12);
    QCOMPARE(s[QStringLiteral("skills")][QStringLiteral("milestones")].toInt(), 2);
}

void TestWorkspace::whereTodayFalls()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const RoadmapModel& model = ws.roadmapModel();
    const QStringList path = model.datedPathOn(QDate(2026, 1, 20));
    QCOMPARE(path.size(), 3);
    QVERIFY(path[0].startsWith(QStringLiteral("Phase A")));
    QVERIFY(path[1].startsWith(QStringLiteral("Month 1")));
    QVERIFY(path[2].startsWith(QStringLiteral("Week 3-4")));
    QVERIFY(model.datedPathOn(QDate(2031, 1, 1)).isEmpty());
    // In week 3-4 of month 1 three items are open.
    QCOMPARE(model.openItemsOn(QDate(2026, 1, 20)).size(), 3);
    QCOMPARE(model.overdueItemCount(QDate(2026, 2, 1)), 3);
    QCOMPARE(model.actionItems().size(), 3);
}

void TestWorkspace::addRows(Workspace& ws, int n, QVector<qint64>* problems,
                            QVector<qint64>* applications)
{
    for (int i = 0; i < n; ++i) {
        Problem p;
        p.title = QStringLiteral("Problem %1").arg(i);
        p.topics = {QStringLiteral("Graphs")};
        problems->append(ws.problems().add(p));
        Application a;
        a.company = QStringLiteral("Company %1").arg(i);
        a.role = QStringLiteral("Backend Developer");
        a.appliedOn = QDate(2026, 11, 1).addDays(i % 30);
        applications->append(ws.applications().add(a));
    }
}

void TestWorkspace::prefetchRecordsWritesAndRefusesAfterAReset()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    QVector<qint64> problems, applications;
    addRows(ws, 20, &problems, &applications);
    {
        PrefetchedRows<QVector<Problem>> read(ws.problems(), path(), [](Database& db) {
            const ProblemStore store(db);
            return store.loadAll();
        });
        Problem added;
        added.title = QStringLiteral("Added meanwhile");
        const qint64 addedId = ws.problems().add(added);
        QVERIFY(ws.problems().remove(problems[4]));
        QVector<Problem> rows;
        QVERIFY(read.take(&rows));
        // The worker read its own connection's snapshot: at least the 20 rows
        // written before it started, whatever it saw of the two writes after.
        QVERIFY(rows.size() >= 19);
        QVERIFY(read.read().changedSince().contains(addedId));
        QCOMPARE(read.read().removedSince(), QVector<qint64>{problems[4]});
    }
    {
        // A reset (a restore, another program's write) may have changed anything.
        PrefetchedRows<QVector<Application>> read(ws.applications(), path(), [](Database& db) {
            const ApplicationStore store(db);
            return store.loadAll();
        });
        ws.applications().announceReset();
        QVector<Application> rows;
        QVERIFY(!read.take(&rows));
    }
    {
        // A file that cannot be opened gives nothing to use.
        PrefetchedRows<QVector<Problem>> read(
            ws.problems(), m_dir->filePath(QStringLiteral("missing/none.sqlite")),
            [](Database& db) { return ProblemStore(db).loadAll(); });
        QVector<Problem> rows;
        QVERIFY(!read.take(&rows));
    }
}

void TestWorkspace::prefetchedModelsMatchAFreshRead()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    QVector<qint64> problems, applications;
    addRows(ws, 300, &problems, &applications);
    ws.prefetchModels();
    // Written while the workers read, or after: the models show them all the same.
    Problem added;
    added.title = QStringLiteral("Added meanwhile");
    const qint64 addedProblem = ws.problems().add(added);
    QVERIFY(ws.problems().remove(problems[3]));
    Application applied;
    applied.company = QStringLiteral("Later Ltd");
    applied.role = QStringLiteral("Platform Engineer");
    const qint64 addedApplication = ws.applications().add(applied);
    QVERIFY(ws.applications().remove(applications[5]));
    ApplicationRecord renamed = ws.applications().loadRecord(applications[6]);
    renamed.application.role = QStringLiteral("Renamed meanwhile");
    QVERIFY(ws.applications().update(renamed));

    ProblemModel& problemModel = ws.problemModel();
    QAbstractItemModelTester problemTester(&problemModel);
    const ProblemModel freshProblems(ws.problems());
    QCOMPARE(problemModel.rowCount(), freshProblems.rowCount());
    QVERIFY(problemModel.rowOf(addedProblem) >= 0);
    QCOMPARE(problemModel.rowOf(problems[3]), -1);
    for (const Problem& p : freshProblems.problems()) {
        const int row = problemModel.rowOf(p.id);
        QVERIFY(row >= 0);
        QCOMPARE(problemModel.problemAt(row).title, p.title);
        QCOMPARE(problemModel.searchTextAt(row),
                 freshProblems.searchTextAt(freshProblems.rowOf(p.id)));
    }

    ApplicationModel& applicationModel = ws.applicationModel();
    QAbstractItemModelTester applicationTester(&applicationModel);
    const ApplicationModel freshApplications(ws.applications());
    QCOMPARE(applicationModel.rowCount(), freshApplications.rowCount());
    QVERIFY(applicationModel.rowOf(addedApplication) >= 0);
    QCOMPARE(applicationModel.rowOf(applications[5]), -1);
    QCOMPARE(applicationModel.applications().at(applicationModel.rowOf(applications[6])).role,
             QStringLiteral("Renamed meanwhile"));
    for (const Application& a : freshApplications.applications())
        QCOMPARE(applicationModel.applications().at(applicationModel.rowOf(a.id)).role, a.role);

    // And they go on following the stores like any model.
    QVERIFY(ws.problems().remove(problems[10]));
    QCOMPARE(problemModel.rowOf(problems[10]), -1);
}

namespace {
// The tree as (depth, id, title) in the model's order.
QStringList treeOf(const RoadmapModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const RoadmapNode* n = model.node(index);
        rows << QStringLiteral("%1 %2 %3").arg(depth).arg(n->id).arg(n->title);
        rows << treeOf(model, index, depth + 1);
    }
    return rows;
}
} // namespace

void TestWorkspace::planReadOnAWorkerIsThePlanInTheFile()
{
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
    }
    // Read on the worker while nothing else happens: the same tree, in the
    // same order, as the store reads itself.
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        ws.startReadingPlan(path());
        RoadmapModel& model = ws.roadmapModel();
        QAbstractItemModelTester tester(&model);
        RoadmapModel fresh(ws.roadmap(), nullptr);
        const QStringList tree = treeOf(model);
        QVERIFY(tree.size() > 20);
        QCOMPARE(tree, treeOf(fresh));
        QCOMPARE(model.itemCount(), fresh.itemCount());
        QCOMPARE(ws.today().snapshot().planItemCount, fresh.itemCount());
    }
    // A node added before the first screen asks for the plan: the worker's
    // read may predate it, so the model reads afresh and has it.
    Workspace ws;
    QVERIFY(ws.open(path()));
    ws.startReadingPlan(path());
    const QVector<RoadmapNode> nodes = ws.roadmap().loadAll();
    RoadmapNode added;
    added.parentId = nodes.first().id;
    added.kind = RoadmapNode::Kind::Item;
    added.title = QStringLiteral("Added before the first paint");
    const qint64 id = ws.roadmap().insertNodeAt(added, 0);
    QVERIFY(id > 0);
    RoadmapModel& model = ws.roadmapModel();
    QVERIFY(model.indexForId(id).isValid());
    QCOMPARE(treeOf(model), treeOf(RoadmapModel(ws.roadmap(), nullptr)));
}

void TestWorkspace::planReadBeforeOpenIsUsedOnlyWhenCurrent()
{
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
    }
    // Started before the file is opened, as a window starts.
    {
        Workspace ws;
        ws.startReadingPlan(path());
        QVERIFY(ws.open(path()));
        // Opening the file for writing (which creates its empty log) does not
        // count as a change.
        QVERIFY(ws.hasUsablePlanRead());
        RoadmapModel& model = ws.roadmapModel();
        QAbstractItemModelTester tester(&model);
        const QStringList tree = treeOf(model);
        QVERIFY(tree.size() > 20);
        QCOMPARE(tree, treeOf(RoadmapModel(ws.roadmap(), nullptr)));
    }
    // A file below the current schema, which the open migrates: the worker
    // may have found it unmigrated, and then its rows are not used.
    const QString old = m_dir->filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Workspace ws;
        ws.startReadingPlan(old);
        QVERIFY(ws.open(old, Workspace::Seed::Nothing));
        const QStringList tree = treeOf(ws.roadmapModel());
        QCOMPARE(tree.size(), 3);
        QCOMPARE(tree, treeOf(RoadmapModel(ws.roadmap(), nullptr)));
    }
    // The open usually wins that race; the worker's own refusal, without one:
    const QString untouched = m_dir->filePath(QStringLiteral("v1-untouched.sqlite"));
    QVERIFY(QFile::copy(TestFiles::data(QStringLiteral("planner-v1.sqlite")), untouched));
    {
        Workspace ws;
        QVERIFY(ws.open(path()));
        PrefetchedRows<QVector<RoadmapNode>> rows(
            ws.roadmap(), untouched, [](Database& db) { return RoadmapStore(db).loadAll(); });
        QVector<RoadmapNode> nodes;
        QVERIFY(!rows.take(&nodes));
    }
    // A file that does not exist yet: nothing to read, and the plan the open
    // writes into it is what the model shows.
    {
        const QString fresh = m_dir->filePath(QStringLiteral("new.sqlite"));
        Workspace ws;
        ws.startReadingPlan(fresh);
        QVERIFY(ws.isPlanReady());
        QVERIFY(ws.open(fresh));
        QVERIFY(ws.roadmapModel().itemCount() > 0);
        QCOMPARE(treeOf(ws.roadmapModel()), treeOf(RoadmapModel(ws.roadmap(), nullptr)));
    }
    // Another connection writes after the read and before the open (a
    // headless import, a sync tool): the watcher, which starts in open(),
    // cannot see that write, so the read must not be used.
    {
        Workspace ws;
        ws.startReadingPlan(path());
        while (!ws.isPlanReady())
            QThread::msleep(1);
        {
            Workspace other;
            QVERIFY(other.open(path(), Workspace::Seed::Nothing));
            RoadmapNode added;
            added.parentId = other.roadmap().loadAll().first().id;
            added.kind = RoadmapNode::Kind::Item;
            added.title = QStringLiteral("Written elsewhere before the open");
            QVERIFY(other.roadmap().insertNodeAt(added, 0) > 0);
        }
        QVERIFY(ws.open(path()));
        QVERIFY(!ws.hasUsablePlanRead());
        const QStringList tree = treeOf(ws.roadmapModel());
        QVERIFY(tree.join(u'\n').contains(QStringLiteral("Written elsewhere before the open")));
        QCOMPARE(tree, treeOf(RoadmapModel(ws.roadmap(), nullptr)));
    }
    // A second open of the same file (a restore puts a backup in its place)
    // does not keep a read of what was there before.
    {
        Workspace ws;
        ws.startReadingPlan(path());
        QVERIFY(ws.open(path()));
        QVERIFY(ws.open(path()));
        QVERIFY(!ws.hasUsablePlanRead());
    }
}

void TestWorkspace::prefetchedTopicCountsAreTakenOnlyWhileCurrent()
{
    {
        Workspace ws;
        QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
        QVector<qint64> problems, applications;
        addRows(ws, 40, &problems, &applications);
        Problem solved;
        solved.title = QStringLiteral("Solved one");
        solved.topics = {QStringLiteral("Graphs"), QStringLiteral("Trees")};
        solved.status = Problem::Status::Solved;
        ws.problems().add(solved);
        ws.prefetchModels();
        TopicModel& topics = ws.topicModel();
        QAbstractItemModelTester tester(&topics);
        const QVector<TopicStore::Topic> fresh = ws.topics().loadAll();
        QCOMPARE(topics.rowCount(), fresh.size());
        for (int row = 0; row < fresh.size(); ++row) {
            QCOMPARE(topics.index(row, TopicModel::TopicColumn).data().toString(), fresh[row].name);
            QCOMPARE(topics.index(row, TopicModel::SolvedColumn).data().toInt(), fresh[row].solved);
        }
        QCOMPARE(topics.index(0, TopicModel::TopicColumn).data().toString(),
                 QStringLiteral("Graphs"));
        QCOMPARE(topics.index(0, TopicModel::SolvedColumn).data().toInt(), 1);
    }
    // A problem written after the worker's snapshot: the counts it read are
    // stale, and the model counts afresh.
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    ws.prefetchModels();
    Problem later;
    later.title = QStringLiteral("Solved later");
    later.topics = {QStringLiteral("Graphs")};
    later.status = Problem::Status::Solved;
    ws.problems().add(later);
    TopicModel& topics = ws.topicModel();
    QCOMPARE(topics.index(0, TopicModel::TopicColumn).data().toString(), QStringLiteral("Graphs"));
    QCOMPARE(topics.index(0, TopicModel::SolvedColumn).data().toInt(), 2);
}

void TestWorkspace::readRowsComeInTitleOrder()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    for (int i = 11; i >= 0; --i) { // written last to first
        Problem p;
        p.title = QStringLiteral("Problem %1").arg(i);
        ws.problems().add(p);
    }
    ProblemModel model(ws.problems());
    QAbstractItemModelTester tester(&model);
    // Natural order, as read(): "Problem 2" before "Problem 10".
    QCOMPARE(model.problemAt(2).title, QStringLiteral("Problem 2"));
    QCOMPARE(model.problemAt(11).title, QStringLiteral("Problem 11"));
    // So the DSA tab's first sort by title moves nothing...
    QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
    model.sort(ProblemModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(moved.count(), 0);
    // ...while another order still sorts, and back again by title.
    model.sort(ProblemModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.problemAt(0).title, QStringLiteral("Problem 11"));
    model.sort(ProblemModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.problemAt(10).title, QStringLiteral("Problem 10"));
    // An edit after the first sort takes its place in that order.
    Problem added;
    added.title = QStringLiteral("Problem 5a");
    ws.problems().add(added);
    QCOMPARE(model.problemAt(6).title, QStringLiteral("Problem 5a"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
