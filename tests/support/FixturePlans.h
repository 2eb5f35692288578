#pragma once

#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/RoadmapMarkdownReader.h"

#include <QDate>
#include <QString>

// Tests open a fresh file holding a fixture plan of their own from tests/data,
// never the shipped plan, so editing the plan the product ships breaks nothing.
namespace FixturePlans {

// Opens path without the built-in plan and imports tests/data/<fixture>, dated
// from start when one is given. On failure *error says why.
inline bool open(Workspace& ws, const QString& path, const QString& fixture, const QDate& start,
                 QString* error)
{
    if (!ws.open(path, Workspace::Seed::Nothing)) {
        *error = ws.errorString();
        return false;
    }
    ParsedPlan plan;
    if (!RoadmapMarkdownReader::readFile(TestFiles::data(fixture), &plan, error))
        return false;
    if (start.isValid())
        PlanCalendar::apply(&plan, start);
    if (!ws.importPlan(plan)) {
        *error = ws.errorString();
        return false;
    }
    return true;
}

} // namespace FixturePlans
