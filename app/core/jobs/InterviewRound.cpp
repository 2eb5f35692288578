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
