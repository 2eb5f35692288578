#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/dsa/TopicStore.h"
#include "core/roadmap/ImportPlanCommand.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapMarkdownWriter.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

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
    void statusesRoundTripAndSkippedLeaveTheDenominator();
    void renamedHeadingKeepsItsTicks();
    void userCorrectsAMatch();
    void userRepointsANewNodeAtAnOldOne();
    void theShownReadLeavesOutOnlySourcePaths();
    void theBulkReadDecodesEveryKindAndStatus();

private:
    static ParsedPlan parse(const QByteArray& text);
    static QByteArray builtInText();
    // Opens a new file holding just import/statuses.md; returns the file's text (empty: failed).
    QByteArray openWithStatusesPlan(Workspace& ws) const;
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
    PlanCalendar::apply(&plan);
    return plan;
}

QByteArray TestPlanImport::openWithStatusesPlan(Workspace& ws) const
{
    const QByteArray text = TestFiles::read(TestFiles::data(QStringLiteral("import/statuses.md")));
    if (!ws.open(path(), Workspace::Seed::Nothing))
        return {};
    ImportPlanCommand first(ws, parse(text), ImportPlanCommand::Mode::Replace);
    return first.run() ? text : QByteArray();
}

QByteArray TestPlanImport::builtInText()
{
    return TestFiles::read(QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/builtin-plan.md"));
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
    const auto before = ws.roadmap().loadIncludingRemoved();
    const PlanImporter::Report r = PlanImporter::preview(before, user);
    // Different wording under a different top heading: nothing matches by path;
    // what matches, matches by content, and the preview says which old node each inherits.
    QCOMPARE(r.added + r.matched, int(user.nodes.size()));
    QCOMPARE(r.removed, int(before.size()) - r.matched);
    QCOMPARE(int(r.inherited.size()), r.matched);
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

namespace {
RoadmapNode::Status statusOf(RoadmapModel& model, const QString& title)
{
    return RoadmapNode::Status(find(model, title).data(RoadmapModel::StatusRole).toInt());
}
} // namespace

void TestPlanImport::statusesRoundTripAndSkippedLeaveTheDenominator()
{
    Workspace ws;
    QVERIFY(ws.open(path(), Workspace::Seed::Nothing));
    const ParsedPlan plan =
        parse(TestFiles::read(TestFiles::data(QStringLiteral("import/statuses.md"))));
    QCOMPARE(plan.nodes[3].title, QStringLiteral("Write a Dockerfile")); // no comment in the title
    ImportPlanCommand command(ws, plan, ImportPlanCommand::Mode::Replace);
    QVERIFY2(command.run(), qPrintable(command.errorString()));
    RoadmapModel& model = ws.roadmapModel();
    using S = RoadmapNode::Status;
    QCOMPARE(statusOf(model, QStringLiteral("Install Docker")), S::Done);
    QCOMPARE(statusOf(model, QStringLiteral("Write a Dockerfile")), S::Doing);
    QCOMPARE(statusOf(model, QStringLiteral("Compose two services")), S::Skipped);
    QCOMPARE(statusOf(model, QStringLiteral("Push an image")), S::Todo);
    // One done, one skipped of four: 1/3, in the tree, the totals and the summary counts.
    const QModelIndex week = find(model, QStringLiteral("Docker basics"));
    QCOMPARE(week.siblingAtColumn(RoadmapModel::ProgressColumn).data().toString(),
             QStringLiteral("1/3 · 33%"));
    QCOMPARE(model.itemCount(), 3);
    QCOMPARE(model.doneCount(), 1);
    QCOMPARE(ws.roadmap().counts().items, 3);
    QCOMPARE(ws.roadmap().counts().done, 1);

    // Export writes the statuses as comments GitHub does not show; they read back.
    const QString markdown = RoadmapMarkdownWriter::write(ws.roadmap().loadAll(), QString());
    QVERIFY(markdown.contains(QStringLiteral("- [ ] Write a Dockerfile <!-- status: doing -->")));
    QVERIFY(
        markdown.contains(QStringLiteral("- [ ] Compose two services <!-- status: skipped -->")));
    QVERIFY(markdown.contains(QStringLiteral("- [x] Install Docker\n")));
    const ParsedPlan back = parse(markdown.toUtf8());
    QCOMPARE(back.nodes.size(), plan.nodes.size());
    for (int i = 0; i < plan.nodes.size(); ++i) {
        QCOMPARE(back.nodes[i].title, plan.nodes[i].title);
        QCOMPARE(back.nodes[i].status, plan.nodes[i].status);
    }
}

void TestPlanImport::renamedHeadingKeepsItsTicks()
{
    Workspace ws;
    const QByteArray text = openWithStatusesPlan(ws);
    QVERIFY(!text.isEmpty());
    RoadmapModel& model = ws.roadmapModel();
    const qint64 pushId =
        find(model, QStringLiteral("Push an image")).data(RoadmapModel::IdRole).toLongLong();
    QVERIFY(ws.roadmap().setNotes(pushId, QStringLiteral("Use the registry at work")));
    const QDate due(2026, 5, 1);
    QVERIFY(ws.roadmap().setDates(pushId, QDate(), due));
    // The file is revised: the heading renamed (no word in common), the items' wording the same
    // (and its status comments gone, as a hand edit would do).
    QByteArray revised = text;
    revised.replace("## Docker basics", "## Containers, the first steps");
    revised.replace(" <!-- status: doing -->", "");
    revised.replace(" <!-- status: skipped -->", "");
    const ParsedPlan plan = parse(revised);
    const PlanImporter::Report preview =
        PlanImporter::preview(ws.roadmap().loadIncludingRemoved(), plan);
    QCOMPARE(preview.added, 0);
    QCOMPARE(preview.removed, 0);
    // The preview names the old node each renamed one inherits from.
    QCOMPARE(preview.inherited.size(), 5);
    QCOMPARE(plan.nodes[preview.inherited[0].node].title,
             QStringLiteral("Containers, the first steps"));
    QCOMPARE(preview.inherited[0].oldTitle, QStringLiteral("Docker basics"));

    ImportPlanCommand merge(ws, plan, ImportPlanCommand::Mode::Merge);
    QVERIFY2(merge.run(), qPrintable(merge.errorString()));
    QCOMPARE(merge.report().added, 0);
    QCOMPARE(merge.report().removed, 0);
    using S = RoadmapNode::Status;
    QCOMPARE(statusOf(model, QStringLiteral("Install Docker")), S::Done);
    QCOMPARE(statusOf(model, QStringLiteral("Write a Dockerfile")), S::Doing);
    QCOMPARE(statusOf(model, QStringLiteral("Compose two services")), S::Skipped);
    const auto pushed = ws.roadmap().node(pushId);
    QVERIFY(pushed.has_value());
    QVERIFY(!pushed->removed);
    QCOMPARE(pushed->notes, QStringLiteral("Use the registry at work"));
    QCOMPARE(pushed->dueDate, due);
    // It now sits under the renamed heading.
    const QModelIndex heading = find(model, QStringLiteral("Containers, the first steps"));
    QCOMPARE(model.indexForId(pushId).parent(), heading);
    QCOMPARE(int(ws.roadmap().loadAll().size()), int(plan.nodes.size()));
}

void TestPlanImport::userCorrectsAMatch()
{
    Workspace ws;
    const QByteArray text = openWithStatusesPlan(ws);
    QVERIFY(!text.isEmpty());
    QByteArray revised = text;
    revised.replace("Push an image", "Push an image to a registry");
    const ParsedPlan plan = parse(revised);
    const QVector<RoadmapNode> stored = ws.roadmap().loadIncludingRemoved();
    int pushIndex = -1;
    for (int i = 0; i < plan.nodes.size(); ++i)
        pushIndex = plan.nodes[i].title.startsWith(QLatin1String("Push")) ? i : pushIndex;
    // Matched by content on its own; the user says it is new after all.
    QCOMPARE(PlanImporter::preview(stored, plan).added, 0);
    const PlanImporter::Report corrected = PlanImporter::preview(stored, plan, {{pushIndex, -1}});
    QCOMPARE(corrected.added, 1);
    QCOMPARE(corrected.removed, 1);
}

void TestPlanImport::userRepointsANewNodeAtAnOldOne()
{
    Workspace ws;
    const QByteArray text = openWithStatusesPlan(ws);
    QVERIFY(!text.isEmpty());
    RoadmapModel& model = ws.roadmapModel();
    const qint64 installId =
        find(model, QStringLiteral("Install Docker")).data(RoadmapModel::IdRole).toLongLong();
    QVERIFY(ws.roadmap().setNotes(installId, QStringLiteral("apt, not snap")));
    const QDate due(2026, 6, 1);
    QVERIFY(ws.roadmap().setDates(installId, QDate(), due));
    // Reworded beyond recognition (and unticked in the file): on its own it is new.
    QByteArray revised = text;
    revised.replace("- [x] Install Docker", "- [ ] Set up the container runtime");
    const ParsedPlan plan = parse(revised);
    int setUp = -1;
    for (int i = 0; i < plan.nodes.size(); ++i)
        setUp = plan.nodes[i].title.startsWith(QLatin1String("Set up")) ? i : setUp;
    QVERIFY(setUp >= 0);
    const QVector<RoadmapNode> stored = ws.roadmap().loadIncludingRemoved();
    QCOMPARE(PlanImporter::preview(stored, plan).added, 1);
    QCOMPARE(PlanImporter::preview(stored, plan).removed, 1);
    // A stale pick (an id that no longer exists) leaves the node new rather than failing.
    QCOMPARE(PlanImporter::preview(stored, plan, {{setUp, 999999}}).added, 1);

    // The user says it continues "Install Docker": the command carries the choice.
    const PlanMatcher::Overrides picked{{setUp, installId}};
    const PlanImporter::Report report = PlanImporter::preview(stored, plan, picked);
    QCOMPARE(report.added, 0);
    QCOMPARE(report.removed, 0);
    ImportPlanCommand merge(ws, plan, ImportPlanCommand::Mode::Merge, picked);
    QVERIFY2(merge.run(), qPrintable(merge.errorString()));
    QCOMPARE(merge.report().added, 0);
    const auto node = ws.roadmap().node(installId);
    QVERIFY(node.has_value());
    QCOMPARE(node->title, QStringLiteral("Set up the container runtime"));
    QCOMPARE(node->status, RoadmapNode::Status::Done);
    QCOMPARE(node->notes, QStringLiteral("apt, not snap"));
    QCOMPARE(node->dueDate, due);
    QVERIFY(!node->removed);
    QCOMPARE(int(ws.roadmap().loadIncludingRemoved().size()), int(plan.nodes.size()));
}

void TestPlanImport::theBulkReadDecodesEveryKindAndStatus()
{
    // The bulk reads carry kind, status, the removed mark and the root flag as
    // one integer worked out in SQL; every combination must come back as the
    // table holds it, the way kindFromKey and statusFromKey read the keys.
    Workspace ws;
    QVERIFY(ws.open(path()));
    const QStringList kinds = {QStringLiteral("phase"),   QStringLiteral("month"),
                               QStringLiteral("year"),    QStringLiteral("week"),
                               QStringLiteral("section"), QStringLiteral("deliverable"),
                               QStringLiteral("item")};
    const QStringList statuses = {QStringLiteral("todo"), QStringLiteral("doing"),
                                  QStringLiteral("done"), QStringLiteral("skipped")};
    QSqlQuery raw(ws.database().connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT id FROM roadmap_node ORDER BY id")));
    QVector<qint64> ids;
    while (raw.next())
        ids.append(raw.value(0).toLongLong());
    QVERIFY(ids.size() >= kinds.size() * statuses.size());
    // Every kind with every status, on nodes kept and removed alike.
    for (int i = 0; i < ids.size(); ++i) {
        QSqlQuery update(ws.database().connection());
        update.prepare(QStringLiteral(
            "UPDATE roadmap_node SET kind = ?, status = ?, removed = ? WHERE id = ?"));
        update.addBindValue(kinds.at(i % kinds.size()));
        update.addBindValue(statuses.at((i / kinds.size()) % statuses.size()));
        update.addBindValue(i % 5 == 0 ? 1 : 0);
        update.addBindValue(ids.at(i));
        QVERIFY(update.exec());
    }
    QHash<qint64, std::tuple<RoadmapNode::Kind, RoadmapNode::Status, bool, bool>> stored;
    QVERIFY(raw.exec(
        QStringLiteral("SELECT id, kind, status, removed, parent_id IS NULL FROM roadmap_node")));
    while (raw.next())
        stored.insert(raw.value(0).toLongLong(),
                      {RoadmapNode::kindFromKey(raw.value(1).toString()),
                       RoadmapNode::statusFromKey(raw.value(2).toString()), raw.value(3).toBool(),
                       raw.value(4).toBool()});
    // Removed nodes take their subtrees out of the walk; the full read has them all.
    const QVector<RoadmapNode> full = ws.roadmap().loadIncludingRemoved();
    QCOMPARE(int(full.size()), int(stored.size()));
    QSet<std::pair<int, int>> seen;
    for (const RoadmapNode& n : full) {
        const auto& [kind, status, removed, root] = stored.value(n.id);
        QCOMPARE(n.kind, kind);
        QCOMPARE(n.status, status);
        QCOMPARE(n.removed, removed);
        QCOMPARE(n.parentId == 0, root);
        seen.insert({int(n.kind), int(n.status)});
    }
    QCOMPARE(int(seen.size()), int(kinds.size() * statuses.size()));
    for (const RoadmapNode& n : ws.roadmap().loadAll())
        QVERIFY(!n.removed);
}

void TestPlanImport::theShownReadLeavesOutOnlySourcePaths()
{
    // loadAll() (what the Timeline shows) reads neither the source path nor
    // line, and returns a Markdown title equal to the plain one as NULL; every
    // other field must still be what the table holds.
    Workspace ws;
    QVERIFY(ws.open(path()));
    QHash<qint64, QString> markdown;
    QSqlQuery raw(ws.database().connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT id, title_markdown, title FROM roadmap_node")));
    int plain = 0;
    int marked = 0;
    while (raw.next()) {
        markdown.insert(raw.value(0).toLongLong(), raw.value(1).toString());
        (raw.value(1).toString() == raw.value(2).toString() ? plain : marked) += 1;
    }
    // The fixture holds both kinds, or this test proves nothing.
    QVERIFY(plain > 0);
    QVERIFY(marked > 0);

    const QVector<RoadmapNode> shown = ws.roadmap().loadAll();
    const QVector<RoadmapNode> full = ws.roadmap().loadIncludingRemoved();
    QCOMPARE(shown.size(), full.size());
    QCOMPARE(int(shown.size()), int(markdown.size()));
    int withPath = 0;
    for (int i = 0; i < shown.size(); ++i) {
        const RoadmapNode& a = shown[i];
        const RoadmapNode& b = full[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.titleMarkdown, markdown.value(a.id));
        QCOMPARE(b.titleMarkdown, markdown.value(b.id));
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.notes, b.notes);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.startDate, b.startDate);
        QCOMPARE(a.dueDate, b.dueDate);
        QCOMPARE(a.parentId, b.parentId);
        QCOMPARE(a.position, b.position);
        QVERIFY(a.sourcePath.isEmpty());
        QCOMPARE(a.sourceLine, 0);
        withPath += b.sourcePath.isEmpty() ? 0 : 1;
    }
    QCOMPARE(withPath, int(full.size()));
    // One node and its subtree come back the same way.
    const QVector<RoadmapNode> subtree = ws.roadmap().loadSubtree(shown.first().id);
    QVERIFY(!subtree.isEmpty());
    QCOMPARE(subtree.first().titleMarkdown, markdown.value(shown.first().id));
    QVERIFY(subtree.first().sourcePath.isEmpty());
}
