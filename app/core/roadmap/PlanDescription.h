#pragma once

#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanImporter.h"

#include <QCoreApplication>
#include <QStringList>

// Says in words what the reader recognised in a plan, for the import preview
// and for --import-roadmap: counts, dated headings, targets, goals, milestones.
class PlanDescription
{
    Q_DECLARE_TR_FUNCTIONS(PlanDescription)

public:
    static QStringList recognised(const ParsedPlan& plan);
    static QString counts(const ParsedPlan& plan);
    static QString changes(const PlanImporter::Report& report);
    // One line per renamed or moved node: which stored node it continues.
    static QStringList inherited(const ParsedPlan& plan, const PlanImporter::Report& report);
};
