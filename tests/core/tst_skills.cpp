#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/Problem.h"
#include "core/dsa/ProblemStore.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/AddSkillCommand.h"
#include "core/skills/LinkSkillItemsCommand.h"
#include "core/skills/RemoveSkillCommand.h"
#include "core/skills/SetSkillLevelCommand.h"
#include "core/skills/SkillCategory.h"
#include "core/skills/SkillEvidence.h"
#include "core/skills/SkillLevelScale.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Skills, milestones and targets as the Workspace stores them from the user's
// roadmap, the level history, and every edit through the undo stack.
class TestSkills : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void targetsFromUserRoadmap();
    void levelHistoryKeepsDatedChanges();
    void editsAreUndoable();
    void deleteAndUndoRestoresEverything();
    void addSkillUndoRedo();
    void scaleIsEditableAndKeptInSettings();
    void categoryGuesses();
    void evidenceFromLinkedItemsAndProblems();
    void mentionsWholeWordsOnly();
    void modelPassesTheTesterDuringEdits();

private:
    // Opens a workspace holding the user's roadmap (not the built-in plan).
    void openUserRoadmap(Workspace& ws);
    qint64 skillId(Workspace& ws, const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSkills::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSkills::openUserRoadmap(Workspace& ws)
{
    QVERIFY2(ws.open(m_dir->filePath(QStringLiteral("skills.sqlite"))),
             qPrintable(ws.errorString()));
    ParsedPlan plan;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::readFile(TestFiles::data(QStringLiteral("user-roadmap.md")),
                                             &plan, &error),
             qPrintable(error));
    PlanCalendar::apply(&plan);
    QVERIFY2(ws.importPlan(plan), qPrintable(ws.errorString()));
}

qint64 TestSkills::skillId(Workspace& ws, const QString& name)
{
    for (const Skill& s : ws.skills().loadSkills()) {
        if (s.name == name)
            return s.id;
    }
    return 0;
}

void TestSkills::targetsFromUserRoadmap()
{
    Workspace ws;
    openUserRoadmap(ws);
    if (QTest::currentTestFailed())
        return;
    const QVector<Milestone> milestones = ws.skills().loadMilestones();
    QCOMPARE(milestones.size(), 2);
    QVERIFY(milestones[0].name.contains(QStringLiteral("Month 6")));
    QVERIFY(milestones[1].name.contains(QStringLiteral("Year 2")));
    QVERIFY(milestones[0].dueDate.isValid());
    QVERIFY(milestones[0].dueDate < milestones[1].dueDate);

    struct Expected
    {
        const char* skill;
        int milestone;
        int level;
        const char* label;
    };
    const Expected expected[] = {
        {"Python", 0, 12, "Expert"},
        {"FastAPI", 0, 11, "Expert"},
        {"Django/DRF", 0, 10, "Advanced"},
        {"Docker", 0, 8, "Intermediate"},
        {"AWS", 0, 6, "Basics"},
        {"PostgreSQL", 0, 8, "Intermediate"},
        {"ML Deployment", 0, 6, "Basics"},
        {"DSA", 0, 8, "Intermediate"},
        {"Python", 1, 14, "Expert"},
        {"ML/DL", 1, 11, "Advanced"},
        {"MLOps", 1, 10, "Advanced"},
        {"Math", 1, 10, "Solid"},
        {"Cloud/DevOps", 1, 10, "Advanced"},
    };
    const QVector<Skill> skills = ws.skills().loadSkills();
    QCOMPARE(skills.size(), 12); // Python is in both blocks
    int targets = 0;
    for (const Skill& s : skills)
        targets += int(s.targets.size());
    QCOMPARE(targets, int(std::size(expected)));
    for (const Expected& e : expected) {
        const QString name = QString::fromUtf8(e.skill);
        const Skill s = ws.skills().loadSkill(skillId(ws, name));
        QVERIFY2(s.id > 0, e.skill);
        const auto it = s.targets.constFind(milestones[e.milestone].id);
        QVERIFY2(it != s.targets.constEnd(), e.skill);
        QCOMPARE(it->level, e.level);
        QCOMPARE(it->label, QString::fromUtf8(e.label));
    }
    // The model shows the same targets under the milestone columns.
    SkillModel& model = ws.skillModel();
    const int python = model.rowOf(skillId(ws, QStringLiteral("Python")));
    QCOMPARE(
        model.index(python, SkillModel::FirstMilestoneColumn).data(SkillModel::LevelRole).toInt(),
        12);
    QCOMPARE(model.index(python, SkillModel::FirstMilestoneColumn + 1)
                 .data(SkillModel::LevelRole)
                 .toInt(),
             14);
    // Categories are guessed for plan skills, so charts by category have data.
    QCOMPARE(ws.skills().loadSkill(skillId(ws, QStringLiteral("Docker"))).category,
             QStringLiteral("DevOps/Cloud"));
}

void TestSkills::levelHistoryKeepsDatedChanges()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("h.sqlite"))));
    const qint64 docker = skillId(ws, QStringLiteral("Docker"));
    QVERIFY(docker > 0);
    EditStack& undo = ws.undoStack();
    undo.push(new SetSkillLevelCommand(ws.skills(), docker, QStringLiteral("Docker"), 0, 3,
                                       QDate(2026, 2, 1)));
    undo.push(new SetSkillLevelCommand(ws.skills(), docker, QStringLiteral("Docker"), 3, 6,
                                       QDate(2026, 3, 15)));
    QVector<SkillStore::LevelEvent> history = ws.skills().levelHistory(docker);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].day, QDate(2026, 2, 1));
    QCOMPARE(history[0].level, 3);
    QCOMPARE(history[1].day, QDate(2026, 3, 15));
    QCOMPARE(history[1].level, 6);
    QCOMPARE(ws.skills().loadSkill(docker).level, 6);

    undo.undo();
    QCOMPARE(ws.skills().loadSkill(docker).level, 3);
    QCOMPARE(ws.skills().levelHistory(docker).size(), 1);
    undo.redo();
    QCOMPARE(ws.skills().levelHistory(docker).size(), 2);
    QCOMPARE(ws.skills().allLevelHistory().size(), 2);

    // Through the model, as the table edits it: dated today.
    SkillModel& model = ws.skillModel();
    const QModelIndex level = model.index(model.rowOf(docker), SkillModel::LevelColumn);
    QVERIFY(model.setData(level, 9));
    history = ws.skills().levelHistory(docker);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().day, QDate::currentDate());
    QCOMPARE(level.data(SkillModel::LevelRole).toInt(), 9);
    QVERIFY(!model.setData(level, 15)); // off the 14-cell bar
}

void TestSkills::editsAreUndoable()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("e.sqlite"))));
    SkillModel& model = ws.skillModel();
    const qint64 aws = skillId(ws, QStringLiteral("AWS"));
    const int row = model.rowOf(aws);
    const Skill before = ws.skills().loadSkill(aws);

    QVERIFY(model.setData(model.index(row, SkillModel::CategoryColumn), QStringLiteral("Cloud")));
    QVERIFY(
        model.setData(model.index(row, model.notesColumn()), QStringLiteral("EC2, S3, Lambda")));
    const QModelIndex month6 = model.index(row, SkillModel::FirstMilestoneColumn);
    QVERIFY(model.setData(month6, 9));
    const QModelIndex year2 = model.index(row, SkillModel::FirstMilestoneColumn + 1);
    const bool hadYear2 = year2.data(SkillModel::LevelRole).isValid();
    QVERIFY(model.setData(year2, 12));

    Skill after = ws.skills().loadSkill(aws);
    QCOMPARE(after.category, QStringLiteral("Cloud"));
    QCOMPARE(after.notes, QStringLiteral("EC2, S3, Lambda"));
    QCOMPARE(month6.data(SkillModel::LevelRole).toInt(), 9);
    QCOMPARE(month6.data().toString().section(QStringLiteral("  "), 1),
             QStringLiteral("Intermediate"));
    QCOMPARE(year2.data(SkillModel::LevelRole).toInt(), 12);
    QCOMPARE(ws.undoStack().count(), 4);

    while (ws.undoStack().canUndo())
        ws.undoStack().undo();
    after = ws.skills().loadSkill(aws);
    QCOMPARE(after.category, before.category);
    QCOMPARE(after.notes, before.notes);
    QCOMPARE(after.targets.size(), before.targets.size());
    QCOMPARE(month6.data(SkillModel::LevelRole).toInt(), 6);
    QCOMPARE(year2.data(SkillModel::LevelRole).isValid(), hadYear2);
}

void TestSkills::deleteAndUndoRestoresEverything()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("d.sqlite"))));
    SkillStore& store = ws.skills();
    const qint64 python = skillId(ws, QStringLiteral("Python"));
    QVERIFY(store.setLevel(python, 5, QDate(2026, 1, 20)) > 0);
    const qint64 item = ws.roadmap().loadAll().last().id;
    QVERIFY(store.setLinked(python, item, true));
    const Skill before = store.loadSkill(python);
    const int rows = ws.skillModel().rowCount();

    ws.undoStack().push(new RemoveSkillCommand(store, python));
    QCOMPARE(ws.skillModel().rowCount(), rows - 1);
    QCOMPARE(store.loadSkill(python).id, 0);
    QVERIFY(store.levelHistory(python).isEmpty());

    ws.undoStack().undo();
    QCOMPARE(ws.skillModel().rowCount(), rows);
    const Skill after = store.loadSkill(python);
    QCOMPARE(after.level, 5);
    QCOMPARE(after.targets.size(), before.targets.size());
    QCOMPARE(store.levelHistory(python).size(), 1);
    QCOMPARE(store.linkedItems(python), QVector<qint64>{item});
    // Back in the row it had.
    QCOMPARE(ws.skillModel().index(ws.skillModel().rowOf(python), 0).data().toString(),
             QStringLiteral("Python"));
}

void TestSkills::addSkillUndoRedo()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("a.sqlite"))));
    const int rows = ws.skillModel().rowCount();
    auto* add = new AddSkillCommand(ws.skills(), QStringLiteral("Kubernetes"),
                                    QStringLiteral("DevOps/Cloud"));
    ws.undoStack().push(add);
    const qint64 id = add->skillId();
    QVERIFY(id > 0);
    QCOMPARE(ws.skillModel().rowCount(), rows + 1);
    ws.undoStack().undo();
    QCOMPARE(ws.skillModel().rowCount(), rows);
    ws.undoStack().redo();
    QCOMPARE(ws.skills().loadSkill(id).name, QStringLiteral("Kubernetes"));
    // A duplicate name is refused and leaves nothing to undo.
    const int commands = ws.undoStack().count();
    ws.undoStack().push(new AddSkillCommand(ws.skills(), QStringLiteral("kubernetes"), QString()));
    QCOMPARE(ws.undoStack().count(), commands);
    QCOMPARE(ws.skillModel().rowCount(), rows + 1);
}

void TestSkills::scaleIsEditableAndKeptInSettings()
{
    const SkillLevelScale plan;
    QCOMPARE(plan.name(0), QStringLiteral("Not started"));
    QCOMPARE(plan.name(6), QStringLiteral("Basics"));
    QCOMPARE(plan.name(8), QStringLiteral("Intermediate"));
    QCOMPARE(plan.name(10), QStringLiteral("Advanced"));
    QCOMPARE(plan.name(14), QStringLiteral("Expert"));
    // Malformed text falls back to the plan's names rather than losing them.
    QCOMPARE(SkillLevelScale::fromSetting(QStringLiteral("9=A;5=B;14=C")), plan);
    QCOMPARE(SkillLevelScale::fromSetting(QStringLiteral("5=A;10=B")), plan);
    QCOMPARE(SkillLevelScale::fromSetting(QStringLiteral("x=A;14=B")), plan);

    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("s.sqlite"))));
    const QString custom = QStringLiteral("4=Basics;8=Intermediate;10=Solid;12=Advanced;14=Expert");
    QCOMPARE(SkillLevelScale::fromSetting(custom).toSetting(), custom);
    SkillModel& model = ws.skillModel();
    const int row = model.rowOf(skillId(ws, QStringLiteral("Docker")));
    QVERIFY(model.setData(model.index(row, SkillModel::LevelColumn), 10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(ws.settings().setValue(SkillLevelScale::SettingKey, custom));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(row, SkillModel::LevelColumn)
                 .data()
                 .toString()
                 .section(QStringLiteral("  "), 1),
             QStringLiteral("Solid"));
}

void TestSkills::categoryGuesses()
{
    QCOMPARE(SkillCategory::guess(QStringLiteral("Python")), QStringLiteral("Languages"));
    QCOMPARE(SkillCategory::guess(QStringLiteral("Django/DRF")), QStringLiteral("Backend"));
    QCOMPARE(SkillCategory::guess(QStringLiteral("ML Deployment")), QStringLiteral("ML"));
    QCOMPARE(SkillCategory::guess(QStringLiteral("PostgreSQL")), QStringLiteral("Data"));
    QCOMPARE(SkillCategory::guess(QStringLiteral("Math")), QStringLiteral("CS fundamentals"));
    QCOMPARE(SkillCategory::guess(QStringLiteral("Basket weaving")), QString());
}

void TestSkills::evidenceFromLinkedItemsAndProblems()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("ev.sqlite"))));
    SkillEvidence& evidence = ws.skillEvidence();
    const qint64 docker = skillId(ws, QStringLiteral("Docker"));
    SkillEvidence::Entry e = evidence.forSkill(docker);
    QVERIFY(e.linked.isEmpty());
    QCOMPARE(e.suggestedLevel, -1); // nothing to go on yet
    QVERIFY2(!e.mentioned.isEmpty(), "the built-in plan has Docker items");
    // The workspace's evidence reads the items from the plan in memory; read
    // from the file instead, they are the same items in the same order.
    const SkillEvidence fromFile(ws.skills(), ws.roadmap(), ws.topics(), ws.problems());
    const auto ids = [](const QVector<SkillEvidence::Item>& list) {
        QVector<qint64> out;
        for (const SkillEvidence::Item& i : list)
            out.append(i.id);
        return out;
    };
    QCOMPARE(ids(fromFile.forSkill(docker).mentioned), ids(e.mentioned));

    QVector<qint64> items;
    for (const SkillEvidence::Item& i : e.mentioned)
        items.append(i.id);
    QSignalSpy changed(&evidence, &SkillEvidence::changed);
    ws.undoStack().push(
        new LinkSkillItemsCommand(ws.skills(), docker, QStringLiteral("Docker"), items, true));
    QVERIFY(changed.count() > 0);
    e = evidence.forSkill(docker);
    QCOMPARE(e.linked.size(), items.size());
    QVERIFY(e.mentioned.isEmpty());
    QCOMPARE(e.suggestedLevel,
             SkillEvidence::suggestLevel(double(e.linkedDone) / double(e.linked.size()), 8));
    // Ticking a linked item moves the evidence.
    const int doneBefore = e.linkedDone;
    for (const SkillEvidence::Item& i : e.linked) {
        if (!i.done) {
            QVERIFY(ws.roadmap().setStatus(i.id, RoadmapNode::Status::Done));
            break;
        }
    }
    QCOMPARE(evidence.forSkill(docker).linkedDone, doneBefore + 1);
    ws.undoStack().undo();
    QVERIFY(evidence.forSkill(docker).linked.isEmpty());

    // The DSA log counts for the DSA skill.
    const qint64 dsa = skillId(ws, QStringLiteral("DSA"));
    e = evidence.forSkill(dsa);
    QVERIFY(e.countsProblems);
    QCOMPARE(e.solvedProblems, 0);
    QVERIFY(e.problemTarget > 0);
    QCOMPARE(e.suggestedLevel, 0);
    Problem p;
    p.slug = QStringLiteral("two-sum");
    p.title = QStringLiteral("Two Sum");
    p.status = Problem::Status::Solved;
    p.topics = {QStringLiteral("Arrays and Strings")};
    QVERIFY(ws.problems().add(p) > 0);
    QCOMPARE(evidence.forSkill(dsa).solvedProblems, 1);
}

void TestSkills::mentionsWholeWordsOnly()
{
    QVERIFY(SkillEvidence::mentions(QStringLiteral("Dockerize the API"),
                                    QStringLiteral("Docker")) == false);
    QVERIFY(
        SkillEvidence::mentions(QStringLiteral("Learn Docker basics"), QStringLiteral("Docker")));
    QVERIFY(
        SkillEvidence::mentions(QStringLiteral("DRF serializers"), QStringLiteral("Django/DRF")));
    QVERIFY(!SkillEvidence::mentions(QStringLiteral("Go routines"), QStringLiteral("Django")));
    QVERIFY(SkillEvidence::isDsaSkill(QStringLiteral("dsa")));
    QCOMPARE(SkillEvidence::suggestLevel(0.5, 8), 4);
    QCOMPARE(SkillEvidence::suggestLevel(2.0, 8), 8);
}

void TestSkills::modelPassesTheTesterDuringEdits()
{
    Workspace ws;
    QVERIFY(ws.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    QAbstractItemModelTester tester(&ws.skillModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    SkillModel& model = ws.skillModel();
    auto* add =
        new AddSkillCommand(ws.skills(), QStringLiteral("Rust"), QStringLiteral("Languages"));
    ws.undoStack().push(add);
    QVERIFY(model.setData(model.index(model.rowOf(add->skillId()), SkillModel::LevelColumn), 4));
    ws.undoStack().push(new RemoveSkillCommand(ws.skills(), skillId(ws, QStringLiteral("AWS"))));
    ws.undoStack().undo();
    ws.undoStack().undo();
    ws.undoStack().undo();
    QVERIFY(ws.settings().setValue(SkillLevelScale::SettingKey, QStringLiteral("7=Low;14=High")));
    ws.skills().announceReset();
}

QTEST_GUILESS_MAIN(TestSkills)
#include "tst_skills.moc"
