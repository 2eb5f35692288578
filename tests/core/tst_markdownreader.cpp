#include "TestFiles.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapMarkdownWriter.h"

#include <QTest>

class TestMarkdownReader : public QObject
{
    Q_OBJECT
private slots:
    void userRoadmapCounts();
    void userRoadmapStructure();
    void userRoadmapDates();
    void userRoadmapConventions();
    void builtInPlanMatchesUserPlan();
    void fixtures_data();
    void fixtures();
    void nesting();
    void codeAndTablesAreNotItems();
    void inlineMarkdownKept();
    void noTasksWarns();
    void rejectsInvalidUtf8();
    void rejectsBinary();
    void largeFile();
    void roundTrip_data();
    void roundTrip();
};

namespace {
ParsedPlan readFixture(const QString& name)
{
    ParsedPlan plan;
    QString error;
    const bool ok = RoadmapMarkdownReader::readFile(TestFiles::data(name), &plan, &error);
    if (!ok)
        qWarning() << error;
    return plan;
}

const ParsedPlan::Node* find(const ParsedPlan& plan, const QString& titleStart)
{
    for (const ParsedPlan::Node& n : plan.nodes) {
        if (n.title.startsWith(titleStart))
            return &n;
    }
    return nullptr;
}

int indexOf(const ParsedPlan& plan, const QString& titleStart)
{
    for (int i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].title.startsWith(titleStart))
            return i;
    }
    return -1;
}

// The tree as text: one line per node with its depth, kind, tick and title.
QString outline(const ParsedPlan& plan, bool withNotes)
{
    QString out;
    for (const ParsedPlan::Node& n : plan.nodes) {
        int depth = 0;
        for (int p = n.parent; p >= 0; p = plan.nodes[p].parent)
            ++depth;
        out += QString(depth * 2, u' ') + RoadmapNode::kindKey(n.kind) +
               (n.kind == RoadmapNode::Kind::Item
                    ? (n.checked ? QStringLiteral(" [x] ") : QStringLiteral(" [ ] "))
                    : QStringLiteral(" ")) +
               n.titleMarkdown + u'\n';
        if (withNotes && !n.notes.isEmpty())
            out += QStringLiteral("  notes: ") + n.notes + u'\n';
    }
    return out;
}

QVector<RoadmapNode> toStored(const ParsedPlan& plan)
{
    QVector<RoadmapNode> nodes;
    QVector<int> positions(plan.nodes.size() + 1);
    for (int i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node& p = plan.nodes[i];
        RoadmapNode n;
        n.id = i + 1;
        n.parentId = p.parent + 1;
        n.position = positions[p.parent + 1]++;
        n.kind = p.kind;
        n.title = p.title;
        n.titleMarkdown = p.titleMarkdown;
        n.notes = p.notes;
        n.status = p.checked ? RoadmapNode::Status::Done : RoadmapNode::Status::Todo;
        nodes.append(n);
    }
    return nodes;
}
} // namespace

void TestMarkdownReader::userRoadmapCounts()
{
    const ParsedPlan plan = readFixture(QStringLiteral("user-roadmap.md"));
    QCOMPARE(plan.itemCount(), 66);
    QCOMPARE(plan.doneCount(), 16);
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(plan.title,
             QStringLiteral("REVISED ROADMAP: From Student to Employed to AI/ML Engineer"));
}

void TestMarkdownReader::userRoadmapStructure()
{
    const ParsedPlan plan = readFixture(QStringLiteral("user-roadmap.md"));
    const int phaseA = indexOf(plan, QStringLiteral("PHASE A"));
    QVERIFY(phaseA >= 0);
    QCOMPARE(plan.nodes[phaseA].kind, RoadmapNode::Kind::Phase);
    const int month1 = indexOf(plan, QStringLiteral("Month 1"));
    QCOMPARE(plan.nodes[month1].kind, RoadmapNode::Kind::Month);
    QCOMPARE(plan.nodes[month1].parent, phaseA);
    const int week = indexOf(plan, QStringLiteral("Week 1-2: Django ORM"));
    QCOMPARE(plan.nodes[week].kind, RoadmapNode::Kind::Week);
    QCOMPARE(plan.nodes[week].parent, month1);
    const ParsedPlan::Node* fObjects = find(plan, QStringLiteral("F objects"));
    QVERIFY(fObjects);
    QCOMPARE(fObjects->parent, week);
    QVERIFY(fObjects->checked);
    QVERIFY(!find(plan, QStringLiteral("Routers"))->checked);
    QVERIFY(!find(plan, QStringLiteral("Pagination"))->checked);

    // Deliverables: marked, with their text as notes.
    const int deliverable = indexOf(plan, QStringLiteral("Deliverable"));
    QCOMPARE(plan.nodes[deliverable].kind, RoadmapNode::Kind::Deliverable);
    QCOMPARE(plan.nodes[deliverable].parent, month1);
    QVERIFY(plan.nodes[deliverable].notes.contains(QStringLiteral("**Build a REST API project**")));
    int deliverables = 0;
    for (const ParsedPlan::Node& n : plan.nodes)
        deliverables += n.kind == RoadmapNode::Kind::Deliverable ? 1 : 0;
    QCOMPARE(deliverables, 3);

    // Plain lists are notes, never items: the killer-project options, job titles, salaries.
    const ParsedPlan::Node* titles = find(plan, QStringLiteral("Job Titles to Target"));
    QVERIFY(titles);
    QVERIFY(titles->notes.contains(QStringLiteral("Backend Developer (Python)")));
    const ParsedPlan::Node* resources = find(plan, QStringLiteral("Resources"));
    QVERIFY(resources->notes.contains(QStringLiteral("NeetCode 150")));
    QVERIFY(!find(plan, QStringLiteral("Upload PDF resume")));
    // The comparison table is kept as a table in the notes.
    const ParsedPlan::Node* table = find(plan, QStringLiteral("KEY DIFFERENCES"));
    QVERIFY(table->notes.contains(QStringLiteral("| Original Roadmap | Revised Roadmap |")));
    // The last section's items.
    const int action = indexOf(plan, QStringLiteral("ACTION ITEMS FOR THIS WEEK"));
    QCOMPARE(plan.nodes[action + 1].parent, action);
    QVERIFY(plan.nodes[action + 1].checked);
    QCOMPARE(plan.nodes[action + 1].line, 300);
}

void TestMarkdownReader::userRoadmapDates()
{
    const ParsedPlan plan = readFixture(QStringLiteral("user-roadmap.md"));
    QCOMPARE(plan.planStart, QDate(2026, 1, 1));
    const ParsedPlan::Node* month2 = find(plan, QStringLiteral("Month 2"));
    QCOMPARE(month2->startDate, QDate(2026, 2, 1));
    QCOMPARE(month2->dueDate, QDate(2026, 2, 28));
    const ParsedPlan::Node* week34 = find(plan, QStringLiteral("Week 3-4: Django REST"));
    QCOMPARE(week34->startDate, QDate(2026, 1, 15));
    QCOMPARE(week34->dueDate, QDate(2026, 1, 31));
    const ParsedPlan::Node* week2 = find(plan, QStringLiteral("Week 2: AWS"));
    QCOMPARE(week2->startDate, QDate(2026, 2, 8));
    QCOMPARE(week2->dueDate, QDate(2026, 2, 14));
    // Items take their week's dates.
    const ParsedPlan::Node* routers = find(plan, QStringLiteral("Routers"));
    QCOMPARE(routers->dueDate, QDate(2026, 1, 31));
    // Years follow the six months.
    const ParsedPlan::Node* year2 = find(plan, QStringLiteral("Year 2"));
    QCOMPARE(year2->kind, RoadmapNode::Kind::Year);
    QCOMPARE(year2->startDate, QDate(2027, 7, 1));
    QCOMPARE(year2->dueDate, QDate(2028, 6, 30));
    // A phase spans its months.
    const ParsedPlan::Node* phaseA = find(plan, QStringLiteral("PHASE A"));
    QCOMPARE(phaseA->startDate, QDate(2026, 1, 1));
    QCOMPARE(phaseA->dueDate, QDate(2026, 6, 30));
}

void TestMarkdownReader::userRoadmapConventions()
{
    const ParsedPlan plan = readFixture(QStringLiteral("user-roadmap.md"));
    QCOMPARE(plan.dailyGoalMin, 15);
    QCOMPARE(plan.dailyGoalMax, 20);
    QCOMPARE(plan.topicTargets.size(), 6);
    QCOMPARE(plan.topicTargets[0].topic, QStringLiteral("Arrays and Strings"));
    QCOMPARE(plan.topicTargets[0].count, 15);
    QCOMPARE(plan.nodes[plan.topicTargets[0].node].title,
             QStringLiteral("Arrays and Strings (15 problems)"));
    QCOMPARE(plan.topicTargets[5].topic, QStringLiteral("Binary Search"));
    QCOMPARE(plan.topicTargets[5].count, 10);

    QCOMPARE(plan.milestones.size(), 2);
    const ParsedPlan::Milestone& month6 = plan.milestones[0];
    QVERIFY(month6.name.startsWith(QStringLiteral("By Month 6")));
    QCOMPARE(month6.dueDate, QDate(2026, 6, 30));
    const QStringList month6Skills = {QStringLiteral("Python"),        QStringLiteral("FastAPI"),
                                      QStringLiteral("Django/DRF"),    QStringLiteral("Docker"),
                                      QStringLiteral("AWS"),           QStringLiteral("PostgreSQL"),
                                      QStringLiteral("ML Deployment"), QStringLiteral("DSA")};
    const QVector<int> month6Levels = {12, 11, 10, 8, 6, 8, 6, 8};
    const QStringList month6Labels = {QStringLiteral("Expert"),   QStringLiteral("Expert"),
                                      QStringLiteral("Advanced"), QStringLiteral("Intermediate"),
                                      QStringLiteral("Basics"),   QStringLiteral("Intermediate"),
                                      QStringLiteral("Basics"),   QStringLiteral("Intermediate")};
    QCOMPARE(month6.targets.size(), month6Skills.size());
    for (int i = 0; i < month6Skills.size(); ++i) {
        QCOMPARE(month6.targets[i].skill, month6Skills[i]);
        QCOMPARE(month6.targets[i].level, month6Levels[i]);
        QCOMPARE(month6.targets[i].cells, 14);
        QCOMPARE(month6.targets[i].label, month6Labels[i]);
    }
    const ParsedPlan::Milestone& year2 = plan.milestones[1];
    QVERIFY(year2.name.startsWith(QStringLiteral("By Year 2")));
    QCOMPARE(year2.dueDate, QDate(2028, 6, 30));
    QCOMPARE(year2.targets.size(), 5);
    QCOMPARE(year2.targets[0].skill, QStringLiteral("Python"));
    QCOMPARE(year2.targets[0].level, 14);
    QCOMPARE(year2.targets[3].skill, QStringLiteral("Math"));
    QCOMPARE(year2.targets[3].level, 10);
    QCOMPARE(year2.targets[3].label, QStringLiteral("Solid"));
    QCOMPARE(year2.targets[4].skill, QStringLiteral("Cloud/DevOps"));
}

void TestMarkdownReader::builtInPlanMatchesUserPlan()
{
    ParsedPlan builtIn;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::readFile(
                 QStringLiteral(PLANNER_SOURCE_DIR "/resources/plan/default-roadmap.md"), &builtIn,
                 &error),
             qPrintable(error));
    const ParsedPlan user = readFixture(QStringLiteral("user-roadmap.md"));
    QCOMPARE(builtIn.itemCount(), user.itemCount());
    QCOMPARE(builtIn.doneCount(), user.doneCount());
    QCOMPARE(builtIn.planStart, user.planStart);
    QCOMPARE(builtIn.topicTargets.size(), user.topicTargets.size());
    for (int i = 0; i < user.topicTargets.size(); ++i)
        QCOMPARE(builtIn.topicTargets[i].count, user.topicTargets[i].count);
    QCOMPARE(builtIn.dailyGoalMax, user.dailyGoalMax);
    QCOMPARE(builtIn.milestones.size(), 2);
    for (int m = 0; m < 2; ++m) {
        QCOMPARE(builtIn.milestones[m].dueDate, user.milestones[m].dueDate);
        QCOMPARE(builtIn.milestones[m].targets.size(), user.milestones[m].targets.size());
    }
    // Same ticks in the same places: the i-th item is ticked in both or neither.
    QVector<bool> userTicks;
    QVector<bool> builtInTicks;
    for (const auto& n : user.nodes)
        if (n.kind == RoadmapNode::Kind::Item)
            userTicks.append(n.checked);
    for (const auto& n : builtIn.nodes)
        if (n.kind == RoadmapNode::Kind::Item)
            builtInTicks.append(n.checked);
    QCOMPARE(builtInTicks, userTicks);
}

void TestMarkdownReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("done");
    QTest::newRow("CRLF") << "crlf.md" << 2 << 1;
    QTest::newRow("BOM and [X]") << "bom.md" << 2 << 1;
    QTest::newRow("tabs") << "tabs.md" << 3 << 1;
    QTest::newRow("- * + and numbered") << "bullets.md" << 6 << 2;
    QTest::newRow("deep nesting") << "deep-nesting.md" << 6 << 2;
    QTest::newRow("tasks under plain bullets") << "tasks-under-plain-bullets.md" << 4 << 1;
    QTest::newRow("code blocks") << "code-blocks.md" << 1 << 0;
    QTest::newRow("table") << "table.md" << 1 << 1;
    QTest::newRow("details") << "details.md" << 2 << 1;
    QTest::newRow("entities, emoji, scripts") << "entities-emoji.md" << 4 << 1;
    QTest::newRow("##Heading") << "no-space-heading.md" << 1 << 0;
    QTest::newRow("no headings") << "no-headings.md" << 2 << 1;
    QTest::newRow("no tasks") << "no-tasks.md" << 0 << 0;
    QTest::newRow("no final newline") << "no-final-newline.md" << 1 << 0;
    QTest::newRow("conflict markers") << "conflict-markers.md" << 2 << 1;
}

void TestMarkdownReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, items);
    QFETCH(int, done);
    ParsedPlan plan;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::readFile(TestFiles::data(QStringLiteral("markdown/") + file),
                                             &plan, &error),
             qPrintable(error));
    QCOMPARE(plan.itemCount(), items);
    QCOMPARE(plan.doneCount(), done);
}

void TestMarkdownReader::nesting()
{
    const ParsedPlan deep = readFixture(QStringLiteral("markdown/deep-nesting.md"));
    const int l5 = indexOf(deep, QStringLiteral("Level 5"));
    int depth = 0;
    for (int p = deep.nodes[l5].parent; p >= 0; p = deep.nodes[p].parent)
        ++depth;
    QCOMPARE(depth, 5); // heading + four item levels above it
    QCOMPARE(deep.nodes[indexOf(deep, QStringLiteral("Another level 1"))].parent, 0);

    const ParsedPlan tabs = readFixture(QStringLiteral("markdown/tabs.md"));
    QCOMPARE(tabs.nodes[indexOf(tabs, QStringLiteral("Child"))].parent,
             indexOf(tabs, QStringLiteral("Parent")));
    QCOMPARE(tabs.nodes[indexOf(tabs, QStringLiteral("Grandchild"))].parent,
             indexOf(tabs, QStringLiteral("Child")));

    const ParsedPlan plain = readFixture(QStringLiteral("markdown/tasks-under-plain-bullets.md"));
    const int section = indexOf(plain, QStringLiteral("Section"));
    QCOMPARE(plain.nodes[indexOf(plain, QStringLiteral("Task under a plain bullet"))].parent,
             section);
    const int parentTask = indexOf(plain, QStringLiteral("Parent task"));
    QCOMPARE(plain.nodes[parentTask].parent, section);
    QCOMPARE(plain.nodes[indexOf(plain, QStringLiteral("A task below it"))].parent, parentTask);
    QVERIFY(plain.nodes[section].notes.contains(QStringLiteral("A plain bullet, kept as notes")));
    QVERIFY(plain.nodes[parentTask].notes.contains(QStringLiteral("A plain bullet inside a task")));
}

void TestMarkdownReader::codeAndTablesAreNotItems()
{
    const ParsedPlan code = readFixture(QStringLiteral("markdown/code-blocks.md"));
    const QString notes = code.nodes[0].notes;
    QVERIFY(notes.contains(QStringLiteral("- [ ] not a task in a backtick fence")));
    QVERIFY(notes.contains(QStringLiteral("- [x] not a task in a tilde fence")));
    QVERIFY(notes.contains(QStringLiteral("- [ ] not a task in an indented code block")));
    const ParsedPlan table = readFixture(QStringLiteral("markdown/table.md"));
    QVERIFY(table.nodes[0].notes.contains(QStringLiteral("| Write tests |")));
}

void TestMarkdownReader::inlineMarkdownKept()
{
    const ParsedPlan plan = readFixture(QStringLiteral("markdown/entities-emoji.md"));
    const ParsedPlan::Node* qa = find(plan, QStringLiteral("Learn Q&A"));
    QVERIFY(qa);
    QCOMPARE(qa->title, QStringLiteral("Learn Q&A systems — with <RAG> 🚀"));
    QVERIFY(find(plan, QStringLiteral("पायथन सीखें")));
    QVERIFY(find(plan, QStringLiteral("学习算法 (CJK) 🎯")));
    const ParsedPlan::Node* rich = find(plan, QStringLiteral("Bold"));
    QCOMPARE(rich->title, QStringLiteral("Bold, emphasis, code() and a link"));
    QCOMPARE(
        rich->titleMarkdown,
        QStringLiteral("**Bold**, *emphasis*, `code()` and [a link](https://example.org/docs)"));
}

void TestMarkdownReader::noTasksWarns()
{
    const ParsedPlan plan = readFixture(QStringLiteral("markdown/no-tasks.md"));
    QCOMPARE(plan.itemCount(), 0);
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.nodes[0].notes.contains(QStringLiteral("* Plain bullet two")));
    QVERIFY(plan.nodes[0].notes.contains(QStringLiteral("> A quote.")));
    const ParsedPlan noSpace = readFixture(QStringLiteral("markdown/no-space-heading.md"));
    QVERIFY(noSpace.preamble.contains(QStringLiteral("##Not a heading")));
}

void TestMarkdownReader::rejectsInvalidUtf8()
{
    ParsedPlan plan;
    QString error;
    QVERIFY(!RoadmapMarkdownReader::readFile(
        TestFiles::data(QStringLiteral("markdown/invalid-utf8.md")), &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("invalid-utf8.md:4:")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("UTF-8")));
}

void TestMarkdownReader::rejectsBinary()
{
    ParsedPlan plan;
    QString error;
    QVERIFY(!RoadmapMarkdownReader::readFile(TestFiles::data(QStringLiteral("markdown/binary.md")),
                                             &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("binary")), qPrintable(error));
    QVERIFY(plan.nodes.isEmpty());
}

void TestMarkdownReader::largeFile()
{
    // A few megabytes: 3,000 weeks of 20 nested tasks.
    QByteArray text = "# Large plan\n\n";
    for (int w = 1; w <= 3000; ++w) {
        text += "## Week " + QByteArray::number(w) + "\n\n";
        for (int t = 0; t < 10; ++t) {
            text += "- [" + QByteArray(t % 3 == 0 ? "x" : " ") + "] Task " + QByteArray::number(t) +
                    " of week " + QByteArray::number(w) + " with some words to make it longer\n";
            text += "  - [ ] Sub-task " + QByteArray::number(t) + "\n";
        }
        text += '\n';
    }
    QVERIFY(text.size() > 2 * 1024 * 1024);
    ParsedPlan plan;
    QString error;
    QVERIFY(RoadmapMarkdownReader::parse(text, QStringLiteral("large.md"), &plan, &error));
    QCOMPARE(plan.itemCount(), 60000);
    QCOMPARE(plan.doneCount(), 12000);
}

void TestMarkdownReader::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("user roadmap") << "user-roadmap.md";
    for (const char* f :
         {"crlf.md", "bom.md", "tabs.md", "bullets.md", "deep-nesting.md",
          "tasks-under-plain-bullets.md", "code-blocks.md", "table.md", "details.md",
          "entities-emoji.md", "no-space-heading.md", "no-headings.md", "no-tasks.md",
          "no-final-newline.md", "conflict-markers.md"})
        QTest::newRow(f) << QStringLiteral("markdown/") + QLatin1String(f);
}

void TestMarkdownReader::roundTrip()
{
    QFETCH(QString, file);
    const ParsedPlan first = readFixture(file);
    const QString exported = RoadmapMarkdownWriter::write(toStored(first), first.preamble);
    ParsedPlan second;
    QString error;
    QVERIFY2(RoadmapMarkdownReader::parse(exported.toUtf8(), QStringLiteral("exported.md"), &second,
                                          &error),
             qPrintable(error));
    QCOMPARE(second.itemCount(), first.itemCount());
    QCOMPARE(second.doneCount(), first.doneCount());
    QCOMPARE(outline(second, false), outline(first, false));
    QCOMPARE(outline(second, true), outline(first, true));
    QCOMPARE(second.preamble, first.preamble);
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
