#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

void Translations::install(QCoreApplication& app, const QLocale& locale)
{
    // Translators installed later are asked first, so English is the fallback.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/roadmap-planner_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* local = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        local->load(locale, QStringLiteral("roadmap-planner"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
}
