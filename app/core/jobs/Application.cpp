#include "Application.h"

#include <QCoreApplication>

QStringList Application::stageKeys()
{
    return {QStringLiteral("wishlist"),  QStringLiteral("applied"),  QStringLiteral("screening"),
            QStringLiteral("interviewing"), QStringLiteral("offer"), QStringLiteral("accepted"),
            QStringLiteral("rejected"),  QStringLiteral("ghosted"),  QStringLiteral("withdrawn")};
}

QString Application::stageName(const QString& key)
{
    static const char* const names[][2] = {
        {"wishlist", QT_TRANSLATE_NOOP("Application", "Wishlist")},
        {"applied", QT_TRANSLATE_NOOP("Application", "Applied")},
        {"screening", QT_TRANSLATE_NOOP("Application", "Online assessment / Screening")},
        {"interviewing", QT_TRANSLATE_NOOP("Application", "Interviewing")},
        {"offer", QT_TRANSLATE_NOOP("Application", "Offer")},
        {"accepted", QT_TRANSLATE_NOOP("Application", "Accepted")},
        {"rejected", QT_TRANSLATE_NOOP("Application", "Rejected")},
        {"ghosted", QT_TRANSLATE_NOOP("Application", "Ghosted")},
        {"withdrawn", QT_TRANSLATE_NOOP("Application", "Withdrawn")},
    };
    for (const auto& n : names) {
        if (key == QLatin1String(n[0]))
            return QCoreApplication::translate("Application", n[1]);
    }
    return key;
}
