#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

// --import-roadmap and --export-roadmap: headless, one job, then exit.
class RoadmapCommands
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapCommands)

public:
    // Imports FILE into the database: a database that does not exist yet is
    // created holding just that plan; an existing one is re-imported over.
    static int importRoadmap(const QString& databasePath, const QString& file, bool dryRun,
                             QTextStream& out, QTextStream& err);
    static int exportRoadmap(const QString& databasePath, const QString& file, QTextStream& out,
                             QTextStream& err);
};
