#pragma once

#include <QDate>
#include <QString>

// One change of stage; the first event of an application has no from-stage.
struct StageEvent
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString fromStage;
    QString toStage;
    QDate changedOn;
};
