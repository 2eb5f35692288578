#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/StageEvent.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

// The pipeline's numbers: how many applications reached each stage, the
// conversion from one stage to the next, by source and by company type, and
// the median days spent in each stage. Pure: it works on loaded rows, so it is
// tested on a known data set and drawn by gui/charts.
class Funnel
{
public:
    struct Step
    {
        QString stage;
        int reached = 0;
        double conversion = 0; // reached / reached of the previous step; 1 for the first
    };
    struct Result
    {
        QVector<Step> steps;                        // the open pipeline stages in board order
        QMap<QString, QVector<Step>> bySource;      // source → steps
        QMap<QString, QVector<Step>> byCompanyType; // company type → steps
        QMap<QString, double> medianDays;           // stage → median days spent there
        QMap<QString, int> closedIn;                // closing stage → applications now there
    };

    // `order` is the board's stage order; the closing stages in it are left out
    // of the steps. An application reached a stage when its history went there
    // or to a later open stage (an offer implies the interviews before it).
    static Result compute(const QVector<Application>& applications,
                          const QVector<StageEvent>& history, const QStringList& order,
                          const QDate& today);

private:
    static QVector<Step> steps(const QVector<const Application*>& apps,
                               const QHash<qint64, int>& furthest, const QStringList& pipeline);
};
