#pragma once

#include <QDate>
#include <QString>

// One sitting on a problem (table attempt). The day is the user's local date:
// a streak is about the days the user lives, not UTC days.
struct Attempt
{
    enum class Outcome
    {
        Solved,
        Partial,
        Failed,
        Reviewed
    };

    qint64 id = 0;
    qint64 problemId = 0;
    QDate day;
    int minutes = 0;
    Outcome outcome = Outcome::Solved;

    static QString outcomeKey(Outcome o);
    static Outcome outcomeFromKey(const QString& key, bool* ok = nullptr);
};
