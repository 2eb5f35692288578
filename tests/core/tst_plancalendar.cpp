#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanConventions.h"

#include <QTest>

class TestPlanCalendar : public QObject
{
    Q_OBJECT
private slots:
    void headings_data();
    void headings();
    void weeksInsideMonths();
    void weeksWithoutMonth();
    void startMovesEverything();
    void conventions();
    void applyDatesAParsedPlan();
};

void TestPlanCalendar::headings_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("lastWeek");
    QTest::newRow("month") << "Month 3: System Design" << int(RoadmapNode::Kind::Month) << 3 << 0;
    QTest::newRow("week range") << "Week 3-4: Deploy" << int(RoadmapNode::Kind::Week) << 3 << 4;
    QTest::newRow("week en dash") << "Week 2–4" << int(RoadmapNode::Kind::Week) << 2 << 4;
    QTest::newRow("single week") << "week 1" << int(RoadmapNode::Kind::Week) << 1 << 1;
    QTest::newRow("year") << "Year 2 (While Working):" << int(RoadmapNode::Kind::Year) << 2 << 0;
    QTest::newRow("deliverable") << "Deliverable" << int(RoadmapNode::Kind::Deliverable) << 0 << 0;
    QTest::newRow("section") << "Resources" << int(RoadmapNode::Kind::Section) << 0 << 0;
    QTest::newRow("monthly is not month")
        << "Monthly review" << int(RoadmapNode::Kind::Section) << 0 << 0;
}

void TestPlanCalendar::headings()
{
    QFETCH(QString, title);
    QFETCH(int, kind);
    QFETCH(int, number);
    QFETCH(int, lastWeek);
    const auto h = PlanConventions::classifyHeading(title, 2);
    QCOMPARE(int(h.kind), kind);
    QCOMPARE(h.number, number);
    QCOMPARE(h.lastWeek, lastWeek);
}

void TestPlanCalendar::weeksInsideMonths()
{
    const PlanCalendar calendar(QDate(2026, 1, 1));
    const QVector<PlanCalendar::Entry> entries = {
        {-1, RoadmapNode::Kind::Month, QStringLiteral("Month 2"), 2},
        {0, RoadmapNode::Kind::Week, QStringLiteral("Week 1"), 3},
        {0, RoadmapNode::Kind::Week, QStringLiteral("Week 2-4"), 3},
        {2, RoadmapNode::Kind::Item, QStringLiteral("An item"), 0},
    };
    const auto r = calendar.date(entries);
    QCOMPARE(r[0].start, QDate(2026, 2, 1));
    QCOMPARE(r[0].end, QDate(2026, 2, 28));
    QCOMPARE(r[1].start, QDate(2026, 2, 1));
    QCOMPARE(r[1].end, QDate(2026, 2, 7));
    QCOMPARE(r[2].start, QDate(2026, 2, 8));
    QCOMPARE(r[2].end, QDate(2026, 2, 28)); // the last week runs to the month's end
    QCOMPARE(r[3].start, r[2].start);
    QCOMPARE(r[3].end, r[2].end);
}

void TestPlanCalendar::weeksWithoutMonth()
{
    const PlanCalendar calendar(QDate(2026, 3, 1));
    const auto r = calendar.date({{-1, RoadmapNode::Kind::Week, QStringLiteral("Week 5"), 2}});
    QCOMPARE(r[0].start, QDate(2026, 3, 29));
    QCOMPARE(r[0].end, QDate(2026, 4, 4));
}

void TestPlanCalendar::startMovesEverything()
{
    const QVector<PlanCalendar::Entry> entries = {
        {-1, RoadmapNode::Kind::Month, QStringLiteral("Month 1"), 2},
        {-1, RoadmapNode::Kind::Year, QStringLiteral("Year 1"), 2},
    };
    const auto a = PlanCalendar(QDate(2026, 1, 1)).date(entries);
    const auto b = PlanCalendar(QDate(2026, 9, 1)).date(entries);
    QCOMPARE(a[1].start, QDate(2026, 2, 1));
    QCOMPARE(b[0].start, QDate(2026, 9, 1));
    QCOMPARE(b[0].end, QDate(2026, 9, 30));
    QCOMPARE(b[1].start, QDate(2026, 10, 1));
    QCOMPARE(b[1].end, QDate(2027, 9, 30));
}

void TestPlanCalendar::conventions()
{
    auto target = PlanConventions::topicTarget(QStringLiteral("Linked Lists (10 problems)"));
    QVERIFY(target);
    QCOMPARE(target->first, QStringLiteral("Linked Lists"));
    QCOMPARE(target->second, 10);
    QVERIFY(!PlanConventions::topicTarget(QStringLiteral("Basic recursion")));

    auto goal = PlanConventions::dailyApplicationGoal(QStringLiteral("Apply to 15-20 jobs daily"));
    QVERIFY(goal);
    QCOMPARE(goal->first, 15);
    QCOMPARE(goal->second, 20);
    QVERIFY(!PlanConventions::dailyApplicationGoal(QStringLiteral("Apply to jobs")));

    auto bar = PlanConventions::skillBar(QStringLiteral("ML Deployment ██████░░░░░░░░ (Basics)"));
    QVERIFY(bar);
    QCOMPARE(bar->skill, QStringLiteral("ML Deployment"));
    QCOMPARE(bar->level, 6);
    QCOMPARE(bar->cells, 14);
    QCOMPARE(bar->label, QStringLiteral("Basics"));
    QVERIFY(!PlanConventions::skillBar(QStringLiteral("Milan Bhimani")));

    QCOMPARE(PlanConventions::planStart(QStringLiteral("- **Current Date:** January 2026")),
             QDate(2026, 1, 1));
    QCOMPARE(
        PlanConventions::planStart(QStringLiteral("Graduation mid 2026. Plan starts: Sept 2026")),
        QDate(2026, 9, 1));
    QVERIFY(!PlanConventions::planStart(QStringLiteral("no dates here")).isValid());
}

void TestPlanCalendar::applyDatesAParsedPlan()
{
    ParsedPlan plan;
    ParsedPlan::Node month;
    month.kind = RoadmapNode::Kind::Month;
    month.title = QStringLiteral("Month 2");
    month.headingLevel = 2;
    plan.nodes.append(month);
    ParsedPlan::Node item;
    item.parent = 0;
    item.kind = RoadmapNode::Kind::Item;
    item.title = QStringLiteral("An item");
    plan.nodes.append(item);
    ParsedPlan::Milestone milestone;
    milestone.node = 0;
    milestone.name = QStringLiteral("Month 2");
    plan.milestones.append(milestone);

    // Without a start, the one written in the plan counts.
    plan.planStart = QDate(2026, 9, 1);
    PlanCalendar::apply(&plan);
    QCOMPARE(plan.nodes[0].startDate, QDate(2026, 10, 1));
    QCOMPARE(plan.nodes[1].dueDate, QDate(2026, 10, 31));
    QCOMPARE(plan.milestones[0].dueDate, QDate(2026, 10, 31));

    PlanCalendar::apply(&plan, QDate(2027, 1, 1));
    QCOMPARE(plan.nodes[0].startDate, QDate(2027, 2, 1));
    QCOMPARE(plan.nodes[1].startDate, QDate(2027, 2, 1));
}

QTEST_GUILESS_MAIN(TestPlanCalendar)
#include "tst_plancalendar.moc"
