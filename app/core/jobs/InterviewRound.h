#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One round of interviews; weak topics feed the DSA and skills practice.
struct InterviewRound
{
    QString kind =
        QStringLiteral("technical"); // assessment / technical / system_design / hr / other
    QDate date;
    QString outcome = QStringLiteral("pending"); // pending / passed / failed / cancelled
    QString notes;
    QString weakTopics;

    bool operator==(const InterviewRound& o) const
    {
        return kind == o.kind && date == o.date && outcome == o.outcome && notes == o.notes &&
               weakTopics == o.weakTopics;
    }

    static QStringList kinds();
    static QString kindName(const QString& kind);
    static QStringList outcomes();
    static QString outcomeName(const QString& outcome);
};
