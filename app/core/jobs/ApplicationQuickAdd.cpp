#include "ApplicationQuickAdd.h"

#include <QCoreApplication>

Application ApplicationQuickAdd::make(const QString& company, const QString& role,
                                      const QString& source, const QDate& today)
{
    Application a;
    a.company = company.simplified();
    a.role = role.simplified();
    a.source = source.simplified();
    a.stage = QStringLiteral("applied");
    a.appliedOn = today;
    a.stageSince = today;
    return a;
}

bool ApplicationQuickAdd::parse(const QString& line, const QDate& today, Application* application,
                                QString* error)
{
    const QStringList fields = line.split(QLatin1Char('|'));
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (fields.size() > 3)
        return fail(
            QCoreApplication::translate("ApplicationQuickAdd",
                                        "\"%1\": at most three fields, company | role | source")
                .arg(line.simplified()));
    const QString company = fields.value(0).simplified();
    const QString role = fields.value(1).simplified();
    if (company.isEmpty())
        return fail(QCoreApplication::translate("ApplicationQuickAdd",
                                                "\"%1\": the company is missing; write company | "
                                                "role | source")
                        .arg(line.simplified()));
    if (role.isEmpty())
        return fail(QCoreApplication::translate("ApplicationQuickAdd",
                                                "\"%1\": the role is missing; write company | "
                                                "role | source")
                        .arg(line.simplified()));
    *application = make(company, role, fields.value(2), today);
    return true;
}
