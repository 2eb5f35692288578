#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

class Workspace;

// The planner's dates as an iCalendar file for the calendar on the user's
// phone: interview rounds (timed when a time is known, else all-day),
// follow-ups due, days with DSA reviews due, and the plan's weeks and
// deliverables as all-day events. UIDs come from row ids, so importing a
// newer export updates events instead of adding copies.
class CalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExporter)

public:
    struct Options
    {
        // DTSTAMP of every event; the moment of the export.
        QDateTime stamp = QDateTime::currentDateTimeUtc();
        // The zone of interview times stored without one.
        QTimeZone zone = QTimeZone::systemTimeZone();
    };
    static constexpr int InterviewMinutes = 60;

    static QByteArray build(Workspace& workspace, const Options& options, int* events = nullptr);
    // Writes the file through AtomicFile; on failure *error names the file.
    static bool write(Workspace& workspace, const QString& path, const Options& options,
                      int* events, QString* error);

    static QString uid(const QString& what);
};
