#include "core/dsa/ProblemQuickAdd.h"

#include <QTest>

class TestQuickAdd : public QObject
{
    Q_OBJECT
private slots:
    void fullLine();
    void defaults();
    void hoursAndMinutes();
    void emptyTitle();
    void companiesConfidenceAndLink();
};

void TestQuickAdd::fullLine()
{
    Problem p;
    QString error;
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("two sum #arrays #hash-map easy 25m solved"),
                                   QDate(2026, 3, 20), &p, &error));
    QCOMPARE(p.title, QStringLiteral("Two Sum"));
    QCOMPARE(p.slug, QStringLiteral("two-sum"));
    QCOMPARE(p.topics, (QStringList{QStringLiteral("arrays"), QStringLiteral("hash map")}));
    QCOMPARE(p.difficulty, Problem::Difficulty::Easy);
    QCOMPARE(p.status, Problem::Status::Solved);
    QCOMPARE(p.minutes, 25);
    QCOMPARE(p.solvedOn, QDate(2026, 3, 20));
}

void TestQuickAdd::defaults()
{
    Problem p;
    QString error;
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("LRU Cache"), QDate(2026, 3, 20), &p, &error));
    QCOMPARE(p.title, QStringLiteral("LRU Cache"));
    QCOMPARE(p.difficulty, Problem::Difficulty::Medium);
    QCOMPARE(p.status, Problem::Status::Todo);
    QVERIFY(!p.solvedOn.isValid());
}

void TestQuickAdd::hoursAndMinutes()
{
    Problem p;
    QString error;
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("word ladder hard 1h10m"), QDate(2026, 3, 20), &p,
                                   &error));
    QCOMPARE(p.minutes, 70);
    // Time spent without a result means it was attempted.
    QCOMPARE(p.status, Problem::Status::Attempted);
    QCOMPARE(p.title, QStringLiteral("Word Ladder"));
}

void TestQuickAdd::emptyTitle()
{
    Problem p;
    QString error;
    QVERIFY(
        !ProblemQuickAdd::parse(QStringLiteral("#arrays easy"), QDate(2026, 3, 20), &p, &error));
    // One line, one field: the message names what is missing and shows how to type it.
    QCOMPARE(error, QStringLiteral("Type the problem's title, for example: two sum #arrays easy "
                                   "25m solved"));
}

void TestQuickAdd::companiesConfidenceAndLink()
{
    Problem p;
    QString error;
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("pow x n @amazon @goldman-sachs *4 "
                                                  "https://leetcode.com/problems/powx-n/ medium"),
                                   QDate(2026, 3, 1), &p, &error));
    QCOMPARE(p.title, QStringLiteral("Pow X N"));
    QCOMPARE(p.companies, (QStringList{QStringLiteral("amazon"), QStringLiteral("goldman sachs")}));
    QCOMPARE(p.confidence, 4);
    QCOMPARE(p.link, QStringLiteral("https://leetcode.com/problems/powx-n/"));
    QCOMPARE(p.slug, QStringLiteral("powx-n")); // matches a catalogue import of the same problem
    QVERIFY(ProblemQuickAdd::parse(QStringLiteral("top *9 words"), QDate(2026, 3, 1), &p, &error));
    QCOMPARE(p.confidence, 0);
    QCOMPARE(p.title, QStringLiteral("Top *9 Words"));
}

QTEST_GUILESS_MAIN(TestQuickAdd)
#include "tst_quickadd.moc"
