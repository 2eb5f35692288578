#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class Workspace;

// The headline numbers of the progress report, as sentences a reader can
// quote: plan progress, problems solved against the plan's targets,
// applications this week against the goal, the funnel with conversion, and
// skills against the next milestone. Written as text in the PDF, so it can be
// selected, searched and read by a screen reader.
class ReportHeadlines
{
    Q_DECLARE_TR_FUNCTIONS(ReportHeadlines)
public:
    static QStringList compute(Workspace& workspace, const QDate& today);
};
