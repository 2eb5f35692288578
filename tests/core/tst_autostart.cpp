#include "core/reminders/Autostart.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The autostart entry of each platform: written and removed for real where the
// test runs (Linux, with XDG_CONFIG_HOME in a temporary folder), and checked
// as text for the others, whose writers are built on every platform.
class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void argumentsKeepTheChosenDatabase();
    void linuxEntryWrittenAndRemoved();
    void desktopEntryQuotesEveryArgument();
    void launchAgentPlistListsTheArguments();
    void windowsCommandLineQuotesAsWindowsSplitsIt();
};

void TestAutostart::argumentsKeepTheChosenDatabase()
{
    QCOMPARE(Autostart::arguments(QString()), QStringList{QStringLiteral("--minimized")});
    QCOMPARE(Autostart::arguments(Database::defaultPath()),
             QStringList{QStringLiteral("--minimized")});
    const QStringList own = Autostart::arguments(QStringLiteral("/home/me/plans/mine.sqlite"));
    QCOMPARE(own, (QStringList{QStringLiteral("--minimized"), QStringLiteral("--database"),
                               QStringLiteral("/home/me/plans/mine.sqlite")}));
}

void TestAutostart::linuxEntryWrittenAndRemoved()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(Autostart::location().startsWith(dir.path()));
    QVERIFY(!Autostart::isEnabled());
    QString error;
    QVERIFY2(Autostart::setEnabled(true, &error, QStringLiteral("/opt/My Apps/roadmap-planner"),
                                   QStringLiteral("/home/me/My Plan/plan.sqlite")),
             qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QFile file(Autostart::location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entry = file.readAll();
    file.close();
    QVERIFY(entry.startsWith("[Desktop Entry]\n"));
    QVERIFY2(entry.contains("Exec=\"/opt/My Apps/roadmap-planner\" \"--minimized\" "
                            "\"--database\" \"/home/me/My Plan/plan.sqlite\"\n"),
             entry.constData());
    QVERIFY(entry.contains("Type=Application\n"));
    QVERIFY(Autostart::setEnabled(false, &error));
    QVERIFY(!Autostart::isEnabled());
    if (before.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", before);
#else
    QSKIP("The autostart file is written on Linux; the other platforms are checked as text.");
#endif
}

void TestAutostart::desktopEntryQuotesEveryArgument()
{
    const QString entry =
        Autostart::desktopEntry(QStringLiteral("/opt/a\"b/$HOME/`x`\\planner"),
                                {QStringLiteral("--minimized"), QStringLiteral("--database"),
                                 QStringLiteral("/d/100%.db")});
    QVERIFY2(entry.contains(QStringLiteral("Exec=\"/opt/a\\\"b/\\$HOME/\\`x\\`\\\\planner\" "
                                           "\"--minimized\" \"--database\" \"/d/100%%.db\"\n")),
             qPrintable(entry));
}

void TestAutostart::launchAgentPlistListsTheArguments()
{
    const QString plist = Autostart::launchAgentPlist(
        QStringLiteral("/Applications/Roadmap Planner.app/Contents/MacOS/roadmap-planner"),
        {QStringLiteral("--minimized"), QStringLiteral("--database"),
         QStringLiteral("/Users/me/R&D <plans>.sqlite")});
    QVERIFY(plist.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")));
    QVERIFY(plist.contains(QStringLiteral("<key>RunAtLoad</key><true/>")));
    QVERIFY2(plist.contains(QStringLiteral(
                 "<key>ProgramArguments</key><array>"
                 "<string>/Applications/Roadmap Planner.app/Contents/MacOS/roadmap-planner</string>"
                 "<string>--minimized</string><string>--database</string>"
                 "<string>/Users/me/R&amp;D &lt;plans&gt;.sqlite</string></array>")),
             qPrintable(plist));
}

void TestAutostart::windowsCommandLineQuotesAsWindowsSplitsIt()
{
    QCOMPARE(Autostart::windowsCommandLine(
                 QStringLiteral("C:\\Program Files\\Roadmap Planner\\roadmap-planner.exe"),
                 {QStringLiteral("--minimized"), QStringLiteral("--database"),
                  QStringLiteral("D:\\My \"Plans\"\\")}),
             QStringLiteral("\"C:\\Program Files\\Roadmap Planner\\roadmap-planner.exe\" "
                            "\"--minimized\" \"--database\" \"D:\\My \\\"Plans\\\"\\\\\""));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
