#include "Today.h"

#include "core/Workspace.h"
#include "core/dsa/DsaStats.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"
#include "core/jobs/FollowUpRule.h"
#include "core/jobs/JobSettings.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/SettingsStore.h"

#include <QSettings>
#include <algorithm>

namespace {
const QString streakMinimumKey = QStringLiteral("dsa/streakMinimum");
// A current streak longer than this is still shown as this long; reading years of
// attempts on every edit would cost more than the number is worth.
constexpr int streakHorizonDays = 366;
// Interviews "in the next 48 hours": today, tomorrow and the day after, by date.
constexpr int interviewDays = 2;
constexpr int checkDayMs = 60 * 1000;
} // namespace

ReminderCounts Today::Snapshot::counts() const
{
    ReminderCounts c;
    c.reviewsDue = reviewCount;
    c.followUpsDue = followUpCount;
    c.interviewsTomorrow = int(std::count_if(interviews.cbegin(), interviews.cend(),
                                             [this](const ApplicationStore::ScheduledRound& r) {
                                                 return r.round.date == date.addDays(1);
                                             }));
    c.appliedToday = appliedToday;
    c.dailyGoal = goalMin;
    c.overdueItems = overdueItems;
    return c;
}

Today::Today(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_today([] { return QDate::currentDate(); })
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &Today::refresh);
    m_midnight.setInterval(checkDayMs);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        if (m_snapshot && m_today() != m_snapshot->date)
            refresh();
    });
    m_midnight.start();
    connectStores();
}

const Today::Snapshot& Today::snapshot() const
{
    if (!m_snapshot) {
        const QDate day = m_today();
        if (m_withoutPlan && m_withoutPlan->date == day) {
            // Out of the member first: building the plan model must not be
            // able to drop the snapshot being filled.
            Snapshot s = std::move(*m_withoutPlan);
            m_withoutPlan.reset();
            addPlan(m_ws, &s);
            m_snapshot = std::move(s);
        } else {
            m_withoutPlan.reset();
            m_snapshot = compute(m_ws, day);
        }
    }
    return *m_snapshot;
}

void Today::prefetchWithoutPlan()
{
    if (!m_snapshot)
        m_withoutPlan = computeWithoutPlan(m_ws, m_today());
}

void Today::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
    refresh();
}

void Today::connectStores()
{
    // Every store speaks the same change protocol: any write schedules a refresh,
    // so a bulk edit that sends a hundred signals recomputes once. The models
    // update from the same signals first (they were connected earlier), and the
    // refresh runs after them, from the event loop.
    for (const ChangeNotifier* store : std::initializer_list<const ChangeNotifier*>{
             &m_ws.roadmap(), &m_ws.problems(), &m_ws.applications(), &m_ws.topics()})
        connect(store, &ChangeNotifier::changed, this, &Today::scheduleRefresh);
    // Goals, follow-up days and the plan's start are settings.
    connect(&m_ws.settings(), &SettingsStore::changed, this, &Today::scheduleRefresh);
}

void Today::scheduleRefresh()
{
    m_withoutPlan.reset();
    m_coalesce.start();
}

void Today::refresh()
{
    m_coalesce.stop();
    m_withoutPlan.reset();
    m_snapshot = compute(m_ws, m_today());
    emit changed();
}

int Today::streakMinimum()
{
    return std::max(1, QSettings().value(streakMinimumKey, 1).toInt());
}

void Today::setStreakMinimum(int minimum)
{
    QSettings().setValue(streakMinimumKey, std::max(1, minimum));
}

Today::Snapshot Today::compute(Workspace& ws, const QDate& day)
{
    Snapshot s = computeWithoutPlan(ws, day);
    addPlan(ws, &s);
    return s;
}

void Today::addPlan(Workspace& ws, Snapshot* s)
{
    const QDate day = s->date;
    const RoadmapModel& roadmap = ws.roadmapModel();
    for (const RoadmapNode* n : roadmap.overdueItems(day))
        s->planItems.append({n->id, n->title, n->dueDate, true});
    s->overdueItems = int(s->planItems.size());
    QVector<const RoadmapNode*> week = roadmap.openItemsOn(day);
    if (week.isEmpty() && s->planItems.isEmpty()) {
        // Nothing dated this week: the plan's own "action items for this week".
        week = roadmap.actionItems();
        s->planItemsAreActionItems = !week.isEmpty();
    }
    for (const RoadmapNode* n : week)
        s->planItems.append({n->id, n->title, n->dueDate, false});
    s->whereInPlan = roadmap.whereOn(day);
    s->planItemCount = roadmap.itemCount();
    s->planDoneCount = roadmap.doneCount();
}

Today::Snapshot Today::computeWithoutPlan(Workspace& ws, const QDate& day)
{
    Snapshot s;
    s.date = day;

    // From the stores, not the table models: the first screen must not load
    // 100,000 problems or 20,000 applications to count a few.
    for (const ProblemStore::DueReview& r :
         ws.problems().reviewsDueBy(day, ListLimit, &s.reviewCount))
        s.reviews.append({r.problemId, r.title, r.due});
    std::sort(s.reviews.begin(), s.reviews.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.due != b.due ? a.due < b.due : a.title < b.title;
    });

    const DailyGoal goal = DailyGoal::fromSettings(ws.settings());
    s.goalMin = goal.minimum();
    s.goalMax = goal.maximum();
    s.appliedToday = ws.applications().countAppliedOn(day);
    // Due today counts as well as overdue: today is the day to send it.
    const FollowUpRule rule(JobSettings::followUpDays(ws.settings()));
    for (const Application& a :
         ws.applications().followUpsDue(day.addDays(1), rule.days(), ListLimit, &s.followUpCount))
        s.followUps.append({a.id, a.company, a.role, rule.dueDate(a)});
    s.interviews = ws.applications().roundsBetween(day, day.addDays(interviewDays));

    const int minimum = streakMinimum();
    const DsaStats::Streak streak = DsaStats::streak(
        ws.problems().recentAttemptsPerDay(day, minimum, streakHorizonDays), day, minimum);
    s.streak = streak.current;
    s.streakTodayCounted = streak.todayCounted;
    return s;
}
