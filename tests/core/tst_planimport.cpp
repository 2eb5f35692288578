#include "TestFiles.h"
#include "Workspace.h"
#include "dsa/TopicStore.h"
#include "roadmap/ImportPlanCommand.h"
#include "roadmap/RoadmapMarkdownReader.h"
#include "roadmap/RoadmapModel.h"
#include "roadmap/RoadmapStore.h"
#include "storage/SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestPlanImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void reimportKeepsProgressAndNotes();
    void reimportAddsAndMarksRemoved();
    void previewCountsWithoutWriting();
    void previewCountsHiddenItemsThatComeBack();
    void cancelLeavesDatabaseUnchanged();
    void importIsUndoable();

private:
    static ParsedPlan parse(const QByteArray& text);
    static QByteArray builtInText();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("import.sqlite")); }
};

void TestPlanImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

ParsedPlan TestPlanImport::parse(const QByteArray& text)
{
    ParsedPlan plan;
    QString error;
    if (!RoadmapMarkdownReader::parse(text, QStringLiteral("test.md"), &plan, &error))
        qWarning() << error;
    RoadmapMarkdownReader::applyCalendar(&plan);
    return plan;
}

QByteArray TestPlanImport::builtInText()
{
    return TestFiles::read(QStringLiteral(PLANNER_SOURCE_DIR "/resources/plan/default-roadmap.md"));
}

namespace {
QModelIndex find(RoadmapModel& model, const QString& text)
{
    return model
        .match(model.index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchRecursive | Qt::MatchContains)
        .value(0);
}
} // namespace

void TestPlanImport::reimportKeepsProgressAndNotes()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    RoadmapModel& model = ws.roadmapModel();
    const QModelIndex routers = find(model, QStringLiteral("Routers"));
    QVERIFY(model.setData(routers, Qt::Checked, Qt::CheckStateRole));
    const qint64 routersId = routers.data(RoadmapModel::IdRole).toLongLong();
    QVERIFY(ws.roadmap().setNotes(routersId, QStringLiteral("Used DefaultRouter")));

    ImportPlanCommand command(ws, parse(builtInText()), ImportPlanCommand::Mode::Merge);
    QVERIFY2(command.run(), qPrintable(command.errorString()));
    QCOMPARE(command.report().added, 0);
    QCOMPARE(command.report().removed, 0);
    QCOMPARE(command.report().matched, ws.roadmap().loadAll().size());
    QCOMPARE(model.doneCount(), 17);
    const QModelIndex again = model.indexForId(routersId);
    QVERIFY(again.isValid());
    QCOMPARE(again.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(again.data(RoadmapModel::NotesRole).toString(), QStringLiteral("Used DefaultRouter"));
}

void TestPlanImport::reimportAddsAndMarksRemoved()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    QByteArray text = builtInText();
    // Drop the pagination item, add a new one, and tick one in the file.
    const qsizetype at = text.indexOf("- [ ] Paginate list endpoints");
    QVERIFY(at > 0);
    text.remove(at, text.indexOf('\n', at) - at + 1);
    text.replace("- [ ] Wire up URLs with Routers",
                 "- [ ] Wire up URLs with Routers\n- [ ] Write API docs with drf-spectacular");
    text.replace("- [ ] Understand what Docker is", "- [x] Understand what Docker is");
    const ParsedPlan plan = parse(text);

    ImportPlanCommand command(ws, plan, ImportPlanCommand::Mode::Merge);
    QVERIFY2(command.run(), qPrintable(command.errorString()));
    QCOMPARE(command.report().added, 1);
    QCOMPARE(command.report().removed, 1);
    RoadmapModel& model = ws.roadmapModel();
    QCOMPARE(model.itemCount(), 66);
    QVERIFY(find(model, QStringLiteral("drf-spectacular")).isValid());
    QVERIFY(!find(model, QStringLiteral("Paginate list endpoints")).isValid());
    // The new item sits right after Routers, under the same week.
    const QModelIndex docs = find(model, QStringLiteral("drf-spectacular"));
    const QModelIndex routers = find(model, QStringLiteral("Routers"));
    QCOMPARE(docs.parent(), routers.parent());
    QCOMPARE(docs.row(), routers.row() + 1);
    // Removed rows are kept in the file, only hidden.
    const auto all = ws.roadmap().loadIncludingRemoved();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const RoadmapNode& n) {
        return n.removed && n.title.contains(QStringLiteral("Paginate"));
    }));
    // A tick made in the file counts.
    QCOMPARE(find(model, QStringLiteral("Understand what Docker is"))
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Checked);

    // Importing the original again brings the removed item back, with its old id.
    ImportPlanCommand back(ws, parse(builtInText()), ImportPlanCommand::Mode::Merge);
    QVERIFY(back.run());
    QCOMPARE(back.report().added, 0);
    QVERIFY(find(model, QStringLiteral("Paginate list endpoints")).isValid());
}

void TestPlanImport::previewCountsWithoutWriting()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const ParsedPlan user =
        parse(TestFiles::read(TestFiles::data(QStringLiteral("user-roadmap.md"))));
    const auto before = ws.roadmap().loadAll();
    const PlanImporter::Report r = PlanImporter::preview(before, user);
    QCOMPARE(r.matched, 0); // different wording: nothing matches
    QCOMPARE(r.added, int(user.nodes.size()));
    QCOMPARE(r.removed, int(before.size()));
    QCOMPARE(ws.roadmap().loadAll().size(), before.size());
}

// Found by fuzz_reimport: an item hidden by one re-import and brought back by
// the next was previewed as new but counted as matched.
void TestPlanImport::previewCountsHiddenItemsThatComeBack()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    const ParsedPlan first = parse("# P\n\n- [ ] a\n- [ ] a\n- [ ] b\n");
    const ParsedPlan second = parse("# P\n\n- [ ] a\n- [ ] b\n- [ ] b\n");
    QVERIFY(ws.importPlan(first));
    PlanImporter importer(ws.database(), ws.roadmap(), ws.topics(), ws.skills(), ws.settings());
    for (const ParsedPlan* plan : {&second, &first}) {
        const PlanImporter::Report expected =
            PlanImporter::preview(ws.roadmap().loadIncludingRemoved(), *plan);
        PlanImporter::Report done;
        QVERIFY(importer.mergePlan(*plan, &done));
        QCOMPARE(done.added, expected.added);
        QCOMPARE(done.matched, expected.matched);
        QCOMPARE(done.removed, expected.removed);
    }
}

void TestPlanImport::cancelLeavesDatabaseUnchanged()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    QByteArray big = "# Big\n\n";
    for (int i = 0; i < 3000; ++i)
        big += "- [ ] Item " + QByteArray::number(i) + '\n';
    const ParsedPlan plan = parse(big);
    const auto before = ws.roadmap().loadAll();
    const QString startBefore = ws.settings().value(SettingsStore::PlanTitle);

    for (const auto mode : {ImportPlanCommand::Mode::Replace, ImportPlanCommand::Mode::Merge}) {
        ImportPlanCommand command(ws, plan, mode);
        int calls = 0;
        QVERIFY(!command.run([&calls](int done, int total) {
            Q_UNUSED(done);
            Q_UNUSED(total);
            return ++calls < 3; // cancel on the third report
        }));
        QVERIFY(command.wasCancelled());
        QCOMPARE(calls, 3);
        const auto after = ws.roadmap().loadAll();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(ws.roadmapModel().itemCount(), 66);
        QCOMPARE(ws.settings().value(SettingsStore::PlanTitle), startBefore);
        QCOMPARE(ws.topics().loadAll().size(), 6);
    }
}

void TestPlanImport::importIsUndoable()
{
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QString builtInTitle = ws.settings().value(SettingsStore::PlanTitle);
    auto* command = new ImportPlanCommand(
        ws, parse(TestFiles::read(TestFiles::data(QStringLiteral("user-roadmap.md")))),
        ImportPlanCommand::Mode::Replace);
    QVERIFY(command->run());
    ws.undoStack().push(command);
    RoadmapModel& model = ws.roadmapModel();
    QVERIFY(find(model, QStringLiteral("Dockerize ShopEase")).isValid());
    QCOMPARE(ws.settings().value(SettingsStore::PlanTitle),
             QStringLiteral("REVISED ROADMAP: From Student to Employed to AI/ML Engineer"));

    ws.undoStack().undo();
    QVERIFY(!find(model, QStringLiteral("Dockerize ShopEase")).isValid());
    QVERIFY(find(model, QStringLiteral("Routers")).isValid());
    QCOMPARE(model.itemCount(), 66);
    QCOMPARE(model.doneCount(), 16);
    QCOMPARE(ws.settings().value(SettingsStore::PlanTitle), builtInTitle);
    // Topic targets point at the restored items again.
    const auto topics = ws.topics().loadAll();
    QVERIFY(model.indexForId(topics.first().roadmapNodeId).isValid());

    ws.undoStack().redo();
    QVERIFY(find(model, QStringLiteral("Dockerize ShopEase")).isValid());
    QCOMPARE(model.itemCount(), 66);
}

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
