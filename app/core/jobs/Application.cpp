#include "Application.h"

#include <QCoreApplication>

QStringList Application::stageKeys()
{
    return {QStringLiteral("wishlist"),     QStringLiteral("applied"), QStringLiteral("screening"),
            QStringLiteral("interviewing"), QStringLiteral("offer"),   QStringLiteral("accepted"),
            QStringLiteral("rejected"),     QStringLiteral("ghosted"), QStringLiteral("withdrawn")};
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

bool Application::isClosingStage(const QString& key)
{
    return key == u"rejected" || key == u"ghosted" || key == u"withdrawn";
}

QStringList Application::companyTypes()
{
    return {QStringLiteral("service"), QStringLiteral("startup"), QStringLiteral("product"),
            QStringLiteral("other")};
}

QString Application::companyTypeName(const QString& key)
{
    if (key == u"service")
        return QCoreApplication::translate("Application", "Service");
    if (key == u"startup")
        return QCoreApplication::translate("Application", "Startup");
    if (key == u"product")
        return QCoreApplication::translate("Application", "Product");
    return QCoreApplication::translate("Application", "Other");
}
