#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the planner's translations for a locale: English plural forms
// always, then the locale's own language when one ships.
class Translations
{
public:
    static void install(QCoreApplication& app, const QLocale& locale = QLocale());
};
