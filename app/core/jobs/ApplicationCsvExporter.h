#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/StageEvent.h"

#include <QByteArray>
#include <QVector>

// Writes applications, with their stage history in one column, and the stage
// history on its own (one row per change), as CSV that re-imports: the
// headers are ones the importer maps. Cells that would start a formula are
// escaped by CsvWriter.
class ApplicationCsvExporter
{
public:
    static QByteArray applications(const QVector<Application>& applications,
                                   const QVector<StageEvent>& history);
    static QByteArray history(const QVector<Application>& applications,
                              const QVector<StageEvent>& history);
};
