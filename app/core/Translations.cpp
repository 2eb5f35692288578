#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString resourceDir = QStringLiteral(":/i18n");

bool installFrom(QCoreApplication& app, const QLocale& locale, const QString& name,
                 const QString& dir)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), dir) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("gu")};
}

QString Translations::nativeName(const QString& code)
{
    // Each language is named in its own script, so a user who cannot read
    // the current one still finds theirs.
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString Translations::chosenLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Translations::setChosenLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale Translations::effectiveLocale()
{
    const QString code = chosenLanguage();
    if (code.isEmpty())
        return QLocale::system();
    // Hindi and Gujarati are written for India; English keeps the system's
    // country so dates stay in the user's usual order.
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::system().territory());
    return QLocale(QLocale(code).language(), QLocale::India);
}

void Translations::install(QCoreApplication& app)
{
    const QLocale locale = effectiveLocale();
    if (!chosenLanguage().isEmpty())
        QLocale::setDefault(locale);
    install(app, locale);
}

void Translations::install(QCoreApplication& app, const QLocale& locale)
{
    // Translators installed later are asked first, so English is the fallback.
    installFrom(app, QLocale(QLocale::English), QStringLiteral("roadmap-planner"), resourceDir);
    if (locale.language() == QLocale::English)
        return;
    // Qt's own catalogue when the system has one, else the planner's copy of
    // the few Qt strings it shows (dialog buttons, text-field menus).
    if (!installFrom(app, locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installFrom(app, locale, QStringLiteral("qtbase"), resourceDir);
    installFrom(app, locale, QStringLiteral("roadmap-planner"), resourceDir);
}
