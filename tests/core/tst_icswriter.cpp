#include "core/io/IcsWriter.h"

#include <QTest>
#include <QTimeZone>

// The writer's own output, byte for byte: line ends, folding and escaping.
class TestIcsWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapesText();
    void foldsAt75Octets();
    void neverFoldsInsideAUtf8Character();
    void eventLines();
};

void TestIcsWriter::escapesText()
{
    QCOMPARE(IcsWriter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")),
             QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    // Control characters RFC 5545 forbids are dropped; a tab stays.
    QCOMPARE(IcsWriter::escapeText(QStringLiteral("x\x01y\x7fz\tw")), QStringLiteral("xyz\tw"));
    QCOMPARE(IcsWriter::escapeText(QStringLiteral("DROP TABLE; --")),
             QStringLiteral("DROP TABLE\\; --"));
}

void TestIcsWriter::foldsAt75Octets()
{
    const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'x');
    const QByteArray folded = IcsWriter::fold(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    QVERIFY(parts.size() >= 3);
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (part.endsWith('\r'))
            part.chop(1);
        QVERIFY2(part.size() <= 75, part.constData());
        QCOMPARE(part.startsWith(' '), i > 0);
    }
    QCOMPARE(parts.first().size(), 76); // 75 octets and the \r
    // Unfolding (remove CRLF + one space) gives the line back.
    QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
    QCOMPARE(IcsWriter::fold("SHORT:x"), QByteArray("SHORT:x\r\n"));
    QCOMPARE(IcsWriter::fold(QByteArray(75, 'y')), QByteArray(75, 'y') + "\r\n");
}

void TestIcsWriter::neverFoldsInsideAUtf8Character()
{
    // Devanagari is three octets a character: a cut at 75 would split one.
    const QByteArray line = (QStringLiteral("SUMMARY:") + QString(60, QChar(0x0915))).toUtf8();
    const QByteArray folded = IcsWriter::fold(line);
    for (const QByteArray& part : folded.split('\n')) {
        const QByteArray content = part.endsWith('\r') ? part.chopped(1) : part;
        QVERIFY(content.size() <= 75);
        // Each physical line is valid UTF-8 on its own.
        QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
    }
    QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
}

void TestIcsWriter::eventLines()
{
    IcsWriter ics(QStringLiteral("-//Tests//EN"));
    const QDateTime stamp(QDate(2026, 6, 1), QTime(8, 30), Qt::UTC);
    ics.beginEvent(QStringLiteral("a-1@example"), stamp);
    ics.allDay(QDate(2026, 6, 1), QDate(2026, 6, 7));
    ics.text(QStringLiteral("SUMMARY"), QStringLiteral("Week 1, part; one"));
    ics.endEvent();
    ics.beginEvent(QStringLiteral("a-2@example"), stamp);
    const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
    ics.timed(QDateTime(QDate(2026, 6, 3), QTime(14, 30), kolkata),
              QDateTime(QDate(2026, 6, 3), QTime(15, 30), kolkata));
    ics.endEvent();
    const QByteArray out = ics.finish();
    QVERIFY(out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//EN\r\n"));
    QVERIFY(out.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    QVERIFY(!out.contains("\n\n") && out.count('\n') == out.count("\r\n"));
    QVERIFY(out.contains("UID:a-1@example\r\nDTSTAMP:20260601T083000Z\r\n"));
    // All day: DTEND is the day after the last.
    QVERIFY(out.contains("DTSTART;VALUE=DATE:20260601\r\nDTEND;VALUE=DATE:20260608\r\n"));
    QVERIFY(out.contains("SUMMARY:Week 1\\, part\\; one\r\n"));
    // 14:30 in Kolkata is 09:00 UTC.
    QVERIFY(out.contains("DTSTART:20260603T090000Z\r\nDTEND:20260603T100000Z\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
