#pragma once

#include <QJsonObject>

class Workspace;

// The machine-readable state of a workspace, printed by --summary. The keys are
// documented in the README and stay stable: scripts rely on them.
class SummaryReport
{
public:
    static QJsonObject build(Workspace& workspace);
};
