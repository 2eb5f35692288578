#include "core/Workspace.h"
#include "core/roadmap/PlanRedater.h"
#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

class TestRoadmapEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void renameThroughModel();
    void statusSkipAndDoing();
    void removeAndUndo();
    void undoingAParentsDeleteKeepsAChildDeletedBefore();
    void addItemAndUndo();
    void dragToReorderAndUndo();
    void dragIntoOwnSubtreeRefused();
    void notesAndDates();
    void planStartMovesEverything();

private:
    QModelIndex find(const QString& text) const
    {
        RoadmapModel& m = m_ws->roadmapModel();
        return m
            .match(m.index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchRecursive | Qt::MatchContains)
            .value(0);
    }
    const RoadmapNode& nodeOf(const QString& text) const
    {
        return *m_ws->roadmapModel().node(find(text));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRoadmapEdits::init()
{
    m_tester.reset();
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("edits.sqlite"))));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_ws->roadmapModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRoadmapEdits::renameThroughModel()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const QModelIndex routers = find(QStringLiteral("Routers"));
    const QString before = routers.data().toString();
    QVERIFY(model.flags(routers) & Qt::ItemIsEditable);
    QVERIFY(model.setData(routers, QStringLiteral("Use DRF routers and viewsets"), Qt::EditRole));
    QCOMPARE(find(QStringLiteral("DRF routers and")).data().toString(),
             QStringLiteral("Use DRF routers and viewsets"));
    QVERIFY(!model.setData(routers, QStringLiteral("   "), Qt::EditRole)); // empty titles refused
    m_ws->undoStack().undo();
    QCOMPARE(find(QStringLiteral("Routers")).data().toString(), before);
    QCOMPARE(m_ws->roadmap().node(routers.data(RoadmapModel::IdRole).toLongLong())->title, before);
}

void TestRoadmapEdits::statusSkipAndDoing()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const RoadmapNode& routers = nodeOf(QStringLiteral("Routers"));
    m_ws->undoStack().push(
        RoadmapEdits::setStatus(m_ws->roadmap(), routers, RoadmapNode::Status::Skipped));
    QCOMPARE(find(QStringLiteral("Routers"))
                 .siblingAtColumn(RoadmapModel::ProgressColumn)
                 .data()
                 .toString(),
             QStringLiteral("Skipped"));
    QCOMPARE(model.doneCount(), 16);
    m_ws->undoStack().undo();
    QCOMPARE(
        RoadmapNode::Status(find(QStringLiteral("Routers")).data(RoadmapModel::StatusRole).toInt()),
        RoadmapNode::Status::Todo);
}

void TestRoadmapEdits::removeAndUndo()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const RoadmapNode week = nodeOf(QStringLiteral("Week 3-4: Building APIs"));
    m_ws->undoStack().push(RoadmapEdits::remove(m_ws->roadmap(), week));
    QVERIFY(!find(QStringLiteral("Routers")).isValid());
    QCOMPARE(model.itemCount(), 57);
    QCOMPARE(m_ws->roadmap().counts().items, 57);
    m_ws->undoStack().undo();
    QVERIFY(find(QStringLiteral("Routers")).isValid());
    QCOMPARE(model.itemCount(), 66);
    QCOMPARE(model.doneCount(), 16);
}

void TestRoadmapEdits::undoingAParentsDeleteKeepsAChildDeletedBefore()
{
    // Found by the edit storm (seed 4): undo brought back the whole subtree.
    RoadmapModel& model = m_ws->roadmapModel();
    EditStack& undo = m_ws->undoStack();
    const RoadmapNode routers = nodeOf(QStringLiteral("Routers"));
    const RoadmapNode week = nodeOf(QStringLiteral("Week 3-4: Building APIs"));
    QVERIFY(undo.push(RoadmapEdits::remove(m_ws->roadmap(), routers)));
    QCOMPARE(model.itemCount(), 65);
    QVERIFY(undo.push(RoadmapEdits::remove(m_ws->roadmap(), week)));
    QCOMPARE(model.itemCount(), 57);
    undo.undo(); // the week comes back, without the item deleted before it
    QVERIFY(find(QStringLiteral("Week 3-4: Building APIs")).isValid());
    QVERIFY(!find(QStringLiteral("Routers")).isValid());
    QCOMPARE(model.itemCount(), 65);
    QVERIFY(m_ws->roadmap().node(routers.id)->removed);
    undo.redo();
    undo.undo();
    QCOMPARE(model.itemCount(), 65);
    undo.undo();
    QVERIFY(find(QStringLiteral("Routers")).isValid());
    QCOMPARE(model.itemCount(), 66);
}

void TestRoadmapEdits::addItemAndUndo()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const RoadmapNode week = nodeOf(QStringLiteral("Week 1: Docker"));
    m_ws->undoStack().push(RoadmapEdits::addItem(m_ws->roadmap(), week.id, 0,
                                                 QStringLiteral("Read the Docker docs"),
                                                 week.startDate, week.dueDate));
    const QModelIndex added = find(QStringLiteral("Read the Docker docs"));
    QVERIFY(added.isValid());
    QCOMPARE(added.row(), 0);
    QCOMPARE(added.parent().data().toString(), week.title);
    QCOMPARE(added.data(RoadmapModel::DueDateRole).toDate(), week.dueDate);
    QCOMPARE(model.itemCount(), 67);
    m_ws->undoStack().undo();
    QVERIFY(!find(QStringLiteral("Read the Docker docs")).isValid());
    QCOMPARE(model.itemCount(), 66);
    m_ws->undoStack().redo();
    QVERIFY(find(QStringLiteral("Read the Docker docs")).isValid());
}

void TestRoadmapEdits::dragToReorderAndUndo()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const QModelIndex routers = find(QStringLiteral("Routers"));
    const QModelIndex week = routers.parent();
    const int routersRow = routers.row();
    QVERIFY(routersRow > 0);
    std::unique_ptr<QMimeData> data(model.mimeData({routers}));
    // Drop it as the first item of its week.
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, week));
    model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, week);
    QCOMPARE(find(QStringLiteral("Routers")).row(), 0);
    QCOMPARE(find(QStringLiteral("Routers")).parent().data().toString(), week.data().toString());
    m_ws->undoStack().undo();
    QCOMPARE(find(QStringLiteral("Routers")).row(), routersRow);

    // Into another week, at the end.
    const QModelIndex dockerWeek = find(QStringLiteral("Week 1: Docker"));
    const QString dockerTitle = dockerWeek.data().toString();
    const int itemsThere = model.rowCount(dockerWeek);
    std::unique_ptr<QMimeData> again(model.mimeData({find(QStringLiteral("Routers"))}));
    model.dropMimeData(again.get(), Qt::MoveAction, -1, 0, dockerWeek);
    QCOMPARE(find(QStringLiteral("Routers")).parent().data().toString(), dockerTitle);
    QCOMPARE(find(QStringLiteral("Routers")).row(), itemsThere);
    // Downwards within the same parent: dropped before the row after the next one.
    m_ws->undoStack().undo();
    const QModelIndex r = find(QStringLiteral("Routers"));
    std::unique_ptr<QMimeData> down(model.mimeData({r}));
    model.dropMimeData(down.get(), Qt::MoveAction, r.row() + 2, 0, r.parent());
    QCOMPARE(find(QStringLiteral("Routers")).row(), routersRow + 1);
}

void TestRoadmapEdits::dragIntoOwnSubtreeRefused()
{
    RoadmapModel& model = m_ws->roadmapModel();
    const QModelIndex month = find(QStringLiteral("Month 1"));
    const QModelIndex week = model.index(0, 0, month);
    std::unique_ptr<QMimeData> data(model.mimeData({month}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, week));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, week));
    QCOMPARE(m_ws->undoStack().count(), 0);
}

void TestRoadmapEdits::notesAndDates()
{
    const RoadmapNode routers = nodeOf(QStringLiteral("Routers"));
    m_ws->undoStack().push(
        RoadmapEdits::setNotes(m_ws->roadmap(), routers, QStringLiteral("**DefaultRouter**")));
    QCOMPARE(find(QStringLiteral("Routers")).data(RoadmapModel::NotesRole).toString(),
             QStringLiteral("**DefaultRouter**"));
    m_ws->undoStack().push(
        RoadmapEdits::setDates(m_ws->roadmap(), routers, QDate(2026, 2, 2), QDate(2026, 2, 9)));
    QCOMPARE(find(QStringLiteral("Routers")).data(RoadmapModel::DueDateRole).toDate(),
             QDate(2026, 2, 9));
    m_ws->undoStack().undo();
    m_ws->undoStack().undo();
    QCOMPARE(find(QStringLiteral("Routers")).data(RoadmapModel::NotesRole).toString(),
             routers.notes);
    QCOMPARE(find(QStringLiteral("Routers")).data(RoadmapModel::DueDateRole).toDate(),
             routers.dueDate);
}

void TestRoadmapEdits::planStartMovesEverything()
{
    Workspace& ws = *m_ws;
    QCOMPARE(find(QStringLiteral("Month 2")).data(RoadmapModel::StartDateRole).toDate(),
             QDate(2026, 2, 1));
    QVERIFY(PlanRedater::apply(ws.database(), ws.roadmap(), ws.skills(), ws.settings(),
                               QDate(2026, 9, 1)));
    QCOMPARE(find(QStringLiteral("Month 2")).data(RoadmapModel::StartDateRole).toDate(),
             QDate(2026, 10, 1));
    QCOMPARE(find(QStringLiteral("Month 2")).data(RoadmapModel::DueDateRole).toDate(),
             QDate(2026, 10, 31));
    QCOMPARE(find(QStringLiteral("Routers")).data(RoadmapModel::DueDateRole).toDate(),
             QDate(2026, 9, 30));
    QCOMPARE(ws.settings().value(SettingsStore::PlanStart), QStringLiteral("2026-09-01"));
    const auto milestones = ws.skills().loadMilestones();
    QCOMPARE(milestones.size(), 2);
    QCOMPARE(milestones[0].dueDate, QDate(2027, 2, 28)); // end of month 6
    QCOMPARE(milestones[1].dueDate, QDate(2029, 2, 28)); // end of year 2 after the months
}

QTEST_GUILESS_MAIN(TestRoadmapEdits)
#include "tst_roadmapedits.moc"
