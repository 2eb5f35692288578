#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Chooses and installs the planner's language. The language follows the
// system unless the user picked one in Settings (kept in QSettings, so it is
// known before any database is open). English plural forms are always
// installed underneath, so "%n item(s)" never shows its raw form.
class Translations
{
public:
    // Language codes the planner ships, English first ("en", "hi", "gu").
    static QStringList languages();
    // The language's name in that language ("हिन्दी"), for a chooser.
    static QString nativeName(const QString& code);

    // The language chosen in Settings, or empty to follow the system.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& code);
    // The locale the app runs in: the chosen language, else the system's.
    static QLocale effectiveLocale();

    // Installs the catalogues for the locale: English plurals, Qt's own
    // strings (the shipped ones, or the planner's for languages Qt lacks),
    // then the planner's. A chosen language also becomes the default
    // QLocale, so dates and numbers follow it.
    static void install(QCoreApplication& app);
    static void install(QCoreApplication& app, const QLocale& locale);
};
