// Runs with LANG=hi_IN.UTF-8 (set by ctest): the planner must follow the
// system language in every visible place, with Qt's own buttons and a font
// that draws Devanagari.
#include "core/Translations.h"
#include "core/Workspace.h"
#include "gui/MainWindow.h"
#include "gui/common/InterfaceFont.h"
#include "gui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QMenuBar>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>

class TestHindi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsSystemLanguage();
    void tabsAndMenusAreHindi();
    void qtButtonsAreHindi();
    void hindiPluralsAndNumbers();
    void devanagariHasAFont();
    void interfaceFontStillShapesDevanagari();
    void settingsChoosesLanguage();
    void gujaratiCatalogueLoads();

private:
    QTemporaryDir m_dir;
};

void TestHindi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hindi"));
    QSettings().clear();
    Translations::install(*qApp);
}

void TestHindi::followsSystemLanguage()
{
    QCOMPARE(QLocale::system().language(), QLocale::Hindi);
    QVERIFY(Translations::chosenLanguage().isEmpty());
    QCOMPARE(Translations::effectiveLocale().language(), QLocale::Hindi);
}

void TestHindi::tabsAndMenusAreHindi()
{
    Workspace workspace;
    QVERIFY2(workspace.open(m_dir.filePath(QStringLiteral("hi.sqlite"))),
             qPrintable(workspace.errorString()));
    MainWindow window(workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("रोडमैप प्लानर"));
    const QStringList tabs = {QStringLiteral("टाइमलाइन"), QStringLiteral("DSA लॉग"),
                              QStringLiteral("आवेदन"), QStringLiteral("स्किल्स")};
    // Today comes first; its Hindi name is the translator's to choose.
    QCOMPARE(window.tabs()->count(), tabs.size() + 1);
    QVERIFY2(window.tabs()->tabText(0).contains(
                 QRegularExpression(QStringLiteral("[\\x{0900}-\\x{097F}]"))),
             qPrintable(window.tabs()->tabText(0)));
    for (int i = 0; i < tabs.size(); ++i)
        QCOMPARE(window.tabs()->tabText(i + 1), tabs[i]);

    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("फ़ाइल(&F)"), QStringLiteral("संपादन(&E)"),
                                 QStringLiteral("व्यू(&V)"), QStringLiteral("सहायता(&H)")}));
    // Every menu entry is translated: none is left in English.
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions()) {
            if (item->isSeparator() || item->text().contains(QLatin1String("Qt")))
                continue;
            QVERIFY2(
                item->text().contains(QRegularExpression(QStringLiteral("[\\x{0900}-\\x{097F}]"))),
                qPrintable(item->text()));
        }
    }
}

void TestHindi::qtButtonsAreHindi()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes |
                         QDialogButtonBox::No | QDialogButtonBox::Save | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("ठीक है"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("रद्द करें"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("हाँ(&Y)"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("नहीं(&N)"));
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("सेव करें"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("बंद करें"));
}

void TestHindi::hindiPluralsAndNumbers()
{
    QCOMPARE(QCoreApplication::translate("MainWindow", "Imported %n item(s) — Ctrl+Z undoes it",
                                         nullptr, 1),
             QStringLiteral("1 आइटम इम्पोर्ट हुआ — Ctrl+Z से वापस लें"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Imported %n item(s) — Ctrl+Z undoes it",
                                         nullptr, 3),
             QStringLiteral("3 आइटम इम्पोर्ट हुए — Ctrl+Z से वापस लें"));
    // Indian digit grouping for counts: 1,00,000, not 100,000.
    QCOMPARE(
        QCoreApplication::translate("MainWindow", "%L1/%L2 applications today").arg(100000).arg(15),
        QStringLiteral("आज 1,00,000/15 आवेदन"));
}

void TestHindi::devanagariHasAFont()
{
    // Without a Devanagari font Qt draws boxes; the DEB depends on fonts-noto-core.
    QVERIFY(QFontDatabase::writingSystems().contains(QFontDatabase::Devanagari));
    const QRawFont raw = QRawFont::fromFont(QApplication::font(), QFontDatabase::Devanagari);
    QVERIFY(raw.isValid());
    QVERIFY(raw.supportsCharacter(QChar(0x091F))); // ट
}

namespace {
// The glyphs one line of `text` is drawn with, as the layout shapes it.
QVector<quint32> shapedGlyphs(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QVector<quint32> glyphs;
    for (const QGlyphRun& run : layout.glyphRuns())
        glyphs += run.glyphIndexes();
    return glyphs;
}
} // namespace

void TestHindi::interfaceFontStillShapesDevanagari()
{
    const QFont before = QApplication::font();
    InterfaceFont::apply(*qApp);
    const QFont font = QApplication::font();
    QApplication::setFont(before);
    QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);

    // Devanagari needs shaping to be read at all: a conjunct and a vowel sign
    // are not the glyphs of their letters one by one.
    const QString hindi = QStringLiteral("स्क्रीनशॉट");
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Devanagari);
    QVERIFY(raw.isValid());
    const QVector<quint32> nominal = raw.glyphIndexesForString(hindi);
    const QVector<quint32> shaped = shapedGlyphs(hindi, font);
    QVERIFY(!shaped.isEmpty());
    QVERIFY2(shaped != nominal, "Devanagari was drawn letter by letter, unshaped");

    // Latin is not shaped: where the font has an "fi" ligature, the shaped
    // default font joins the letters and the interface font does not.
    const QString latin = QStringLiteral("fifth office");
    QFont shapedFont = font;
    shapedFont.setStyleStrategy(
        QFont::StyleStrategy(font.styleStrategy() & ~QFont::PreferNoShaping));
    if (shapedGlyphs(latin, shapedFont).size() == latin.size())
        QSKIP("the interface font has no Latin ligature to tell shaped text by");
    QCOMPARE(shapedGlyphs(latin, font).size(), latin.size());
}

void TestHindi::settingsChoosesLanguage()
{
    SettingsDialog dialog;
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentIndex(), 0); // follows the system
    QCOMPARE(combo->itemText(0), QStringLiteral("सिस्टम (हिन्दी)"));
    QCOMPARE(combo->itemText(2), QStringLiteral("हिन्दी"));
    QCOMPARE(combo->itemText(3), QStringLiteral("ગુજરાતી"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("gu")));
    QVERIFY(dialog.apply());
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("gu"));
    QCOMPARE(Translations::effectiveLocale().language(), QLocale::Gujarati);
    QVERIFY(!dialog.apply()); // unchanged: no restart needed

    SettingsDialog again;
    QCOMPARE(again.selectedLanguage(), QStringLiteral("gu"));
    Translations::setChosenLanguage(QString());
    QCOMPARE(Translations::effectiveLocale().language(), QLocale::Hindi);
}

void TestHindi::gujaratiCatalogueLoads()
{
    QTranslator gu;
    QVERIFY(gu.load(QStringLiteral(":/i18n/roadmap-planner_gu.qm")));
    QCOMPARE(gu.translate("MainWindow", "&File"), QStringLiteral("ફાઇલ(&F)"));
    QCOMPARE(gu.translate("MainWindow", "&Skills"), QStringLiteral("સ્કિલ્સ(&S)"));
    QTranslator qtGu;
    QVERIFY(qtGu.load(QStringLiteral(":/i18n/qtbase_gu.qm")));
    QCOMPARE(qtGu.translate("QPlatformTheme", "Cancel"), QStringLiteral("રદ કરો"));
}

QTEST_MAIN(TestHindi)
#include "tst_hindi.moc"
