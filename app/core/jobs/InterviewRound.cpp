#include "InterviewRound.h"

#include <QCoreApplication>

QStringList InterviewRound::kinds()
{
    return {QStringLiteral("assessment"), QStringLiteral("technical"),
            QStringLiteral("system_design"), QStringLiteral("hr"), QStringLiteral("other")};
}

QString InterviewRound::kindName(const QString& kind)
{
    if (kind == u"assessment")
        return QCoreApplication::translate("InterviewRound", "Online assessment");
    if (kind == u"technical")
        return QCoreApplication::translate("InterviewRound", "Technical");
    if (kind == u"system_design")
        return QCoreApplication::translate("InterviewRound", "System design");
    if (kind == u"hr")
        return QCoreApplication::translate("InterviewRound", "HR");
    return QCoreApplication::translate("InterviewRound", "Other");
}

QStringList InterviewRound::outcomes()
{
    return {QStringLiteral("pending"), QStringLiteral("passed"), QStringLiteral("failed"),
            QStringLiteral("cancelled")};
}

QString InterviewRound::outcomeName(const QString& outcome)
{
    if (outcome == u"passed")
        return QCoreApplication::translate("InterviewRound", "Passed");
    if (outcome == u"failed")
        return QCoreApplication::translate("InterviewRound", "Failed");
    if (outcome == u"cancelled")
        return QCoreApplication::translate("InterviewRound", "Cancelled");
    return QCoreApplication::translate("InterviewRound", "Pending");
}

QVariant InterviewRound::scheduledValue() const
{
    if (!date.isValid())
        return {};
    return time.isValid() ? date.toString(Qt::ISODate) + QLatin1Char('T') +
                                time.toString(QStringLiteral("HH:mm"))
                          : date.toString(Qt::ISODate);
}

void InterviewRound::setScheduled(const QString& text)
{
    date = QDate::fromString(text.left(10), Qt::ISODate);
    time = text.size() > 10 ? QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm")) : QTime();
}
