#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One job application as stored in the `application` table. Contacts,
// interview rounds and the stage history live in their own tables and travel
// with it in ApplicationRecord.
struct Application
{
    qint64 id = 0;
    QString company;
    QString role;
    QString companyType = QStringLiteral("other"); // service / startup / product / other
    QString source;
    QString location;
    bool remote = false;
    QString link;
    QString description;
    QString skillsAsked;
    double salaryAdvertised = 0; // LPA; 0 when not given
    double salaryExpected = 0;
    double salaryOffered = 0;
    QString stage = QStringLiteral("applied");
    QDate stageSince;
    QDate appliedOn;
    QDate followUpOn;
    QString notes;

    // The pipeline in its default order; the closing stages come last.
    static QStringList stageKeys();
    static QString stageName(const QString& key);
    // Rejected, Ghosted and Withdrawn end an application without an offer.
    static bool isClosingStage(const QString& key);
    static QStringList companyTypes();
    static QString companyTypeName(const QString& key);
};
