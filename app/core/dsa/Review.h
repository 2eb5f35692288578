#pragma once

#include <QDate>

// One scheduled review of a problem (table review); pending while doneOn is invalid.
struct Review
{
    qint64 id = 0;
    qint64 problemId = 0;
    QDate dueOn;
    int intervalDays = 1;
    QDate doneOn;
    int grade = -1; // ReviewSchedule::Grade once done

    bool isPending() const { return !doneOn.isValid(); }
};
