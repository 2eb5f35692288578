#include "core/Workspace.h"
#include "core/dsa/Problem.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillStore.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"
#include "core/storage/SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>

// Text that tries to escape from SQL, HTML, format strings or spreadsheets is
// stored and shown verbatim, and never changes the schema.
class TestSecurity : public QObject
{
    Q_OBJECT
private slots:
    void injectionStringsRoundTrip_data();
    void injectionStringsRoundTrip();
};

void TestSecurity::injectionStringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql quote") << QStringLiteral("'; DROP TABLE problem; --");
    QTest::newRow("sql or") << QStringLiteral("\" OR 1=1 --");
    QTest::newRow("bobby") << QStringLiteral("Robert'); DROP TABLE application;--");
    QTest::newRow("html") << QStringLiteral("<script>alert('x')</script><img src=http://x/y.png>");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://example.org\",\"click\")");
    QTest::newRow("format") << QStringLiteral("%s %n %x %1 %2 {0}");
    QTest::newRow("nul and rtl") << (QStringLiteral("a") + QChar(0) +
                                     QStringLiteral("b \u202Eevil"));
    QTest::newRow("markdown") << QStringLiteral("[x](javascript:alert(1)) ![t](http://x/t.png)");
}

void TestSecurity::injectionStringsRoundTrip()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    Workspace ws;
    QVERIFY(ws.open(dir.filePath(QStringLiteral("sec.sqlite"))));
    auto tables = [&ws] {
        Query q(ws.database(),
                QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const int before = tables();

    RoadmapNode node;
    node.kind = RoadmapNode::Kind::Item;
    node.title = text;
    node.notes = text;
    const qint64 nodeId = ws.roadmap().insertNodeAt(node, 0);
    QVERIFY(nodeId > 0);
    QCOMPARE(ws.roadmap().node(nodeId)->title, text);
    QCOMPARE(ws.roadmapModel().indexForId(nodeId).data().toString(), text);
    QCOMPARE(ws.roadmapModel().indexForId(nodeId).data(RoadmapModel::NotesRole).toString(), text);

    Problem p;
    p.title = text;
    p.notes = text;
    p.slug = QStringLiteral("injection");
    p.topics = {text};
    QVERIFY(ws.problems().add(p) > 0);
    QCOMPARE(ws.problemModel().index(0, ProblemModel::TitleColumn).data().toString(), text);

    Application a;
    a.company = text;
    a.role = text;
    a.notes = text;
    QVERIFY(ws.applications().add(a) > 0);
    QCOMPARE(ws.applicationModel().index(0, ApplicationModel::CompanyColumn).data().toString(),
             text);
    QCOMPARE(ws.applications().loadAll().first().notes, text);

    const qint64 skill = ws.skills().addSkill(text, text);
    QVERIFY(skill > 0);
    QVERIFY(ws.skills().setNotes(skill, text));
    bool found = false;
    for (const Skill& s : ws.skills().loadSkills())
        found = found || (s.name == text && s.notes == text && s.category == text);
    QVERIFY(found);

    QVERIFY(ws.settings().setValue(QStringLiteral("test.value"), text));
    QCOMPARE(ws.settings().value(QStringLiteral("test.value")), text);
    QCOMPARE(tables(), before);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
