#include "core/reminders/TraySettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestTraySettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void closeToTrayIsOnUntilTurnedOff();

private:
    QTemporaryDir m_dir;
};

void TestTraySettings::initTestCase()
{
    // A private settings folder: the test never reads or writes the user's own choices.
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traysettings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

void TestTraySettings::closeToTrayIsOnUntilTurnedOff()
{
    QVERIFY(TraySettings::closeToTray());
    TraySettings::setCloseToTray(false);
    QVERIFY(!TraySettings::closeToTray());
    QCOMPARE(QSettings().value(TraySettings::CloseToTrayKey).toBool(), false);
    TraySettings::setCloseToTray(true);
    QVERIFY(TraySettings::closeToTray());
}

QTEST_GUILESS_MAIN(TestTraySettings)
#include "tst_traysettings.moc"
