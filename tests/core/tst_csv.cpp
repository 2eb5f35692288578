#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QTest>

// The RFC 4180 reader and the writer that neutralises formulas.
class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotesCommasAndDoubledQuotes();
    void embeddedNewlinesKeepLineNumbers();
    void crlfAndBom();
    void unterminatedQuoteNamesItsLine();
    void formulaCellsAreEscapedOnWrite();
    void roundTrip();
};

void TestCsv::quotesCommasAndDoubledQuotes()
{
    QVector<CsvReader::Record> rows;
    QString error;
    QVERIFY(CsvReader::parse("a,\"Pow(x, n)\",\"say \"\"hi\"\"\",\n", &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields, (QStringList{QStringLiteral("a"), QStringLiteral("Pow(x, n)"),
                                          QStringLiteral("say \"hi\""), QString()}));
}

void TestCsv::embeddedNewlinesKeepLineNumbers()
{
    QVector<CsvReader::Record> rows;
    QString error;
    QVERIFY(CsvReader::parse("h1,h2\n\"two\nlines\",x\n\nlast,y", &rows, &error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields[0], QStringLiteral("two\nlines"));
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[2].line, 5); // the blank line 4 is skipped but still counted
    QCOMPARE(rows[2].fields, (QStringList{QStringLiteral("last"), QStringLiteral("y")}));
}

void TestCsv::crlfAndBom()
{
    QVector<CsvReader::Record> rows;
    QString error;
    QVERIFY(CsvReader::parse("\xEF\xBB\xBFTitle,Topics\r\n\"a\r\nb\",c\r\n", &rows, &error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].fields[0], QStringLiteral("Title")); // no BOM glued to the name
    QCOMPARE(rows[1].fields[0], QStringLiteral("a\nb"));
    QCOMPARE(rows[1].fields[1], QStringLiteral("c"));
}

void TestCsv::unterminatedQuoteNamesItsLine()
{
    QVector<CsvReader::Record> rows;
    QString error;
    int line = 0;
    QVERIFY(!CsvReader::parse("a,b\nc,\"open\nd,e\n", &rows, &error, &line));
    QCOMPARE(line, 2);
    QVERIFY(error.contains(QLatin1String("2")));
}

void TestCsv::formulaCellsAreEscapedOnWrite()
{
    QCOMPARE(CsvWriter::cell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("+91")), QStringLiteral("'+91"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("-x")), QStringLiteral("'-x"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("@sum")), QStringLiteral("'@sum"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(CsvWriter::cell(QStringLiteral("Two Sum")), QStringLiteral("Two Sum"));
}

void TestCsv::roundTrip()
{
    const QStringList values{QStringLiteral("Pow(x, n)"), QStringLiteral("a \"b\""),
                             QStringLiteral("line\nbreak"), QString()};
    QVector<CsvReader::Record> rows;
    QString error;
    QVERIFY(CsvReader::parse(CsvWriter::row(values).toUtf8(), &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields, values);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
