#include "core/io/HtmlEntities.h"

#include <QTest>

class TestHtmlEntities : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
};

void TestHtmlEntities::decode_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("text");
    QTest::newRow("named") << "&amp;"
                           << "&";
    QTest::newRow("dash") << "&mdash;" << QString(QChar(0x2014));
    QTest::newRow("decimal") << "&#65;"
                             << "A";
    QTest::newRow("hex") << "&#x2192;" << QString(QChar(0x2192));
    QTest::newRow("hex upper X") << "&#X41;"
                                 << "A";
    QTest::newRow("beyond Unicode") << "&#x110000;" << QString(QChar::ReplacementCharacter);
    QTest::newRow("zero") << "&#0;" << QString(QChar::ReplacementCharacter);
    QTest::newRow("unknown name stays") << "&bogus;"
                                        << "&bogus;";
}

void TestHtmlEntities::decode()
{
    QFETCH(QString, entity);
    QFETCH(QString, text);
    QCOMPARE(HtmlEntities::decode(entity), text);
}

QTEST_APPLESS_MAIN(TestHtmlEntities)
#include "tst_htmlentities.moc"
