#include "CalendarExporter.h"

#include "core/Workspace.h"
#include "core/io/AtomicFile.h"
#include "core/io/IcsWriter.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/InterviewRound.h"
#include "core/roadmap/RoadmapNode.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/Query.h"

#include <QHash>
#include <QMap>

namespace {
void interviews(Workspace& ws, const CalendarExporter::Options& options, IcsWriter& ics, int* n)
{
    Query q(ws.database(),
            QStringLiteral("SELECT a.id, a.company, a.role, i.kind, i.scheduled_on, i.outcome, "
                           "i.notes FROM interview_round i JOIN application a "
                           "ON a.id = i.application_id ORDER BY a.id, i.id"));
    if (!q.exec())
        return;
    qint64 application = 0;
    int round = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        round = id == application ? round + 1 : 1;
        application = id;
        InterviewRound scheduled;
        scheduled.setScheduled(q.value(4).toString().trimmed());
        if (!scheduled.date.isValid())
            continue;
        // The round's number within its application, so edits keep the UID.
        ics.beginEvent(CalendarExporter::uid(QStringLiteral("interview-%1-%2").arg(id).arg(round)),
                       options.stamp);
        if (scheduled.time.isValid()) {
            // Stored as the user's wall-clock time; written in UTC.
            const QDateTime start(scheduled.date, scheduled.time, options.zone);
            ics.timed(start, start.addSecs(CalendarExporter::InterviewMinutes * 60));
        } else {
            ics.allDay(scheduled.date, QDate());
        }
        const QString company = q.value(1).toString();
        const QString role = q.value(2).toString();
        ics.text(QStringLiteral("SUMMARY"),
                 CalendarExporter::tr("%1 round: %2 — %3")
                     .arg(InterviewRound::kindName(q.value(3).toString()), company, role));
        const QString outcome = q.value(5).toString();
        QString description =
            CalendarExporter::tr("Outcome: %1").arg(InterviewRound::outcomeName(outcome));
        if (!q.value(6).toString().isEmpty())
            description += QLatin1Char('\n') + q.value(6).toString();
        ics.text(QStringLiteral("DESCRIPTION"), description);
        ics.text(QStringLiteral("CATEGORIES"), CalendarExporter::tr("Interview"));
        if (outcome == u"cancelled")
            ics.text(QStringLiteral("STATUS"), QStringLiteral("CANCELLED"));
        ics.endEvent();
        ++*n;
    }
}

void followUps(Workspace& ws, const CalendarExporter::Options& options, IcsWriter& ics, int* n)
{
    const FollowUpRule& rule = ws.applicationModel().followUpRule();
    for (const Application& a : ws.applications().loadAll()) {
        const QDate due = rule.dueDate(a);
        if (!due.isValid())
            continue;
        ics.beginEvent(CalendarExporter::uid(QStringLiteral("follow-up-%1").arg(a.id)),
                       options.stamp);
        ics.allDay(due, due);
        ics.text(QStringLiteral("SUMMARY"),
                 CalendarExporter::tr("Follow up: %1 — %2").arg(a.company, a.role));
        ics.text(QStringLiteral("CATEGORIES"), CalendarExporter::tr("Follow-up"));
        ics.endEvent();
        ++*n;
    }
}

void reviewDays(Workspace& ws, const CalendarExporter::Options& options, IcsWriter& ics, int* n)
{
    Query q(ws.database(), QStringLiteral("SELECT r.due_on, p.title FROM review r JOIN problem p "
                                          "ON p.id = r.problem_id WHERE r.done_on IS NULL "
                                          "ORDER BY r.due_on, p.title"));
    if (!q.exec())
        return;
    QMap<QDate, QStringList> days;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        if (day.isValid())
            days[day].append(q.value(1).toString());
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        // One event per day, named by the day: the day's list changes, the UID does not.
        ics.beginEvent(
            CalendarExporter::uid(QStringLiteral("reviews-") + it.key().toString(Qt::ISODate)),
            options.stamp);
        ics.allDay(it.key(), it.key());
        ics.text(QStringLiteral("SUMMARY"),
                 CalendarExporter::tr("DSA reviews due: %1").arg(it.value().size()));
        ics.text(QStringLiteral("DESCRIPTION"), it.value().join(QLatin1Char('\n')));
        ics.text(QStringLiteral("CATEGORIES"), CalendarExporter::tr("DSA review"));
        ics.endEvent();
        ++*n;
    }
}

void plan(Workspace& ws, const CalendarExporter::Options& options, IcsWriter& ics, int* n)
{
    const QVector<RoadmapNode> nodes = ws.roadmap().loadAll();
    QHash<qint64, QString> titles;
    QHash<qint64, QStringList> children;
    for (const RoadmapNode& node : nodes) {
        titles.insert(node.id, node.title);
        if (!node.removed)
            children[node.parentId].append(node.title);
    }
    for (const RoadmapNode& node : nodes) {
        if (node.removed)
            continue;
        const bool week = node.kind == RoadmapNode::Kind::Week && node.startDate.isValid();
        const QDate deliverableDay = node.dueDate.isValid() ? node.dueDate : node.startDate;
        const bool deliverable =
            node.kind == RoadmapNode::Kind::Deliverable && deliverableDay.isValid();
        if (!week && !deliverable)
            continue;
        ics.beginEvent(CalendarExporter::uid(QStringLiteral("roadmap-%1").arg(node.id)),
                       options.stamp);
        if (week)
            ics.allDay(node.startDate, node.dueDate);
        else
            ics.allDay(deliverableDay, deliverableDay);
        // A deliverable heading is usually just "Deliverable": name it by
        // the month or phase it closes, and list what it asks for.
        const QString owner = titles.value(node.parentId, node.title);
        ics.text(QStringLiteral("SUMMARY"),
                 deliverable ? CalendarExporter::tr("Deliverable: %1").arg(owner) : node.title);
        QStringList description = children.value(node.id);
        if (!node.notes.isEmpty())
            description.append(node.notes);
        if (!description.isEmpty())
            ics.text(QStringLiteral("DESCRIPTION"), description.join(QLatin1Char('\n')));
        ics.text(QStringLiteral("CATEGORIES"), CalendarExporter::tr("Roadmap"));
        ics.endEvent();
        ++*n;
    }
}
} // namespace

QString CalendarExporter::uid(const QString& what)
{
    return what + QStringLiteral("@roadmapplanner.github.io");
}

QByteArray CalendarExporter::build(Workspace& workspace, const Options& options, int* events)
{
    IcsWriter ics(QStringLiteral("-//Roadmap Planner//roadmap-planner %1//EN")
                      .arg(QStringLiteral(PLANNER_VERSION)));
    int n = 0;
    interviews(workspace, options, ics, &n);
    followUps(workspace, options, ics, &n);
    reviewDays(workspace, options, ics, &n);
    plan(workspace, options, ics, &n);
    if (events)
        *events = n;
    return ics.finish();
}

bool CalendarExporter::write(Workspace& workspace, const QString& path, const Options& options,
                             int* events, QString* error)
{
    return AtomicFile::write(path, build(workspace, options, events), error);
}
