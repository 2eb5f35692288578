#include "core/roadmap/MarkdownNotesWriter.h"

#include <QTest>

class TestMarkdownNotesWriter : public QObject
{
    Q_OBJECT
private slots:
    void escape_data();
    void escape();
    void paragraphsAreSeparatedByABlankLine();
    void tableKeepsItsAlignment();
};

void TestMarkdownNotesWriter::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inTable");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("emphasis") << "a*b*" << false << "a\\*b\\*";
    QTest::newRow("link brackets") << "[x]" << false << "\\[x\\]";
    QTest::newRow("underscore in word") << "snake_case" << false << "snake_case";
    QTest::newRow("underscore at edge") << "_lead" << false << "\\_lead";
    QTest::newRow("pipe outside table") << "a|b" << false << "a|b";
    QTest::newRow("pipe in table") << "a|b" << true << "a\\|b";
}

void TestMarkdownNotesWriter::escape()
{
    QFETCH(QString, text);
    QFETCH(bool, inTable);
    QFETCH(QString, markdown);
    QCOMPARE(MarkdownNotesWriter::escape(text, inTable), markdown);
}

void TestMarkdownNotesWriter::paragraphsAreSeparatedByABlankLine()
{
    ParsedPlan plan;
    plan.nodes.append(ParsedPlan::Node());
    QVector<MarkdownNotesWriter::Container> open;
    MarkdownNotesWriter writer(&plan, open);
    writer.startLeaf(0);
    writer.text(MD_TEXT_NORMAL, QStringLiteral("First *one*"));
    writer.startLeaf(0);
    writer.text(MD_TEXT_NORMAL, QStringLiteral("Second"));
    writer.finish();
    QCOMPARE(plan.nodes[0].notes, QStringLiteral("First \\*one\\*\n\nSecond"));
    QVERIFY(plan.preamble.isEmpty());
}

void TestMarkdownNotesWriter::tableKeepsItsAlignment()
{
    ParsedPlan plan;
    QVector<MarkdownNotesWriter::Container> open;
    MarkdownNotesWriter writer(&plan, open);
    writer.openTable(-1, 2);
    writer.openRow();
    writer.openCell(true, MD_ALIGN_LEFT);
    writer.text(MD_TEXT_NORMAL, QStringLiteral("a|b"));
    writer.closeCell();
    writer.openCell(true, MD_ALIGN_RIGHT);
    writer.text(MD_TEXT_NORMAL, QStringLiteral("n"));
    writer.closeCell();
    writer.closeHead();
    writer.finish();
    QCOMPARE(plan.preamble, QStringLiteral("| a\\|b | n |\n| :--- | ---: |"));
}

QTEST_APPLESS_MAIN(TestMarkdownNotesWriter)
#include "tst_markdownnoteswriter.moc"
