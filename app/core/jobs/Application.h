#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

struct Application
{
    qint64 id = 0;
    QString company;
    QString role;
    QString source;
    QString location;
    QString stage = QStringLiteral("applied");
    QDate stageSince;
    QDate appliedOn;
    QDate followUpOn;
    double salaryExpected = 0; // LPA; 0 when not given
    QString notes;

    // The pipeline in its default order; the closing stages come last.
    static QStringList stageKeys();
    static QString stageName(const QString& key);
};
