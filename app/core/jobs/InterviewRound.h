#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

// One round of interviews; weak topics feed the DSA and skills practice.
struct InterviewRound
{
    QString kind =
        QStringLiteral("technical"); // assessment / technical / system_design / hr / other
    QDate date;
    // Local time of day, stored as "YYYY-MM-DDTHH:mm"; invalid for the day only.
    QTime time;
    QString outcome = QStringLiteral("pending"); // pending / passed / failed / cancelled
    QString notes;
    QString weakTopics;

    bool operator==(const InterviewRound& o) const
    {
        return kind == o.kind && date == o.date && time == o.time && outcome == o.outcome &&
               notes == o.notes && weakTopics == o.weakTopics;
    }

    // The scheduled_on column: "2026-06-03", "2026-06-03T14:30", or NULL.
    QVariant scheduledValue() const;
    void setScheduled(const QString& text);

    static QStringList kinds();
    static QString kindName(const QString& kind);
    static QStringList outcomes();
    static QString outcomeName(const QString& outcome);
};
