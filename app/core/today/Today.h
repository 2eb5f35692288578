#pragma once

#include "core/jobs/ApplicationStore.h"
#include "core/reminders/ReminderCounts.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>
#include <algorithm>
#include <functional>
#include <optional>

class Workspace;

// "What do I do today?" in one place: this week's open plan items (overdue
// first), reviews due, applications today against the goal, follow-ups due,
// interviews in the next 48 hours, the DSA streak and where today falls in the
// plan. The status bar, the tray, the reminders and the Today view all read
// this object, so no widget is ever asked for a number. It recomputes from the
// existing rules (ReminderCounts' queries, DsaStats, DailyGoal, FollowUpRule,
// the roadmap model's dates) when a store announces a change, and emits one
// changed() per burst of store signals.
class Today : public QObject
{
    Q_OBJECT
public:
    struct PlanItem
    {
        qint64 id = 0;
        QString title;
        QDate due;
        bool overdue = false;
    };
    struct ReviewDue
    {
        qint64 problemId = 0;
        QString title;
        QDate due;
    };
    struct FollowUp
    {
        qint64 applicationId = 0;
        QString company;
        QString role;
        QDate due;
    };
    // Everything the object knows about one day; a plain value, so the
    // reminders can ask about another day (a fake clock) without touching it.
    struct Snapshot
    {
        QDate date;
        QVector<PlanItem> planItems;          // overdue first (oldest due first), then this week's
        bool planItemsAreActionItems = false; // nothing dated this week: the plan's action items
        int overdueItems = 0;
        QVector<ReviewDue> reviews; // earliest due first, at most ListLimit
        int reviewCount = 0;        // all that are due, listed or not
        int appliedToday = 0;
        int goalMin = 0;
        int goalMax = 0;
        QVector<FollowUp> followUps; // longest overdue first, at most ListLimit
        int followUpCount = 0;       // all that are due, listed or not
        QVector<ApplicationStore::ScheduledRound> interviews; // today to 48 hours on
        int streak = 0;                                       // DSA days in a row
        bool streakTodayCounted = false;
        QString whereInPlan; // "Week 3-4 · Month 1", empty outside the plan
        int planItemCount = 0;
        int planDoneCount = 0;

        int applicationsLeft() const { return std::max(0, goalMin - appliedToday); }
        ReminderCounts counts() const;
    };

    // Plan items, reviews and follow-ups listed by name; past this, a screen
    // says how many more there are and opens the tab that lists them all. At
    // 1366x768 a list shows at most about 25 lines (when the list beside or
    // below it is empty), and every wrapped line costs the first paint a text
    // layout (at 100 per list they were a fifth of the start-up).
    static constexpr int ListLimit = 25;

    explicit Today(Workspace& workspace, QObject* parent = nullptr);

    // Today as the object sees it (the system date unless a test replaces it).
    void setClock(std::function<QDate()> today);
    QDate date() const { return snapshot().date; }
    // Computed when first asked for: by the first screen, once the window
    // around it is built (the plan is read meanwhile; see Workspace).
    const Snapshot& snapshot() const;
    // Takes now what needs no plan (reviews, follow-ups, interviews, the goal,
    // the streak), so that snapshot() only adds the plan's part: for a window
    // whose plan is still being read on a worker. A write to any store before
    // then drops it.
    void prefetchWithoutPlan();
    ReminderCounts counts() const { return snapshot().counts(); }
    // Computes everything for any day from the workspace as it is now.
    static Snapshot compute(Workspace& workspace, const QDate& day);

    // The streak counts a day with at least this many attempts (a user setting).
    static int streakMinimum();
    static void setStreakMinimum(int minimum);

public slots:
    // Recomputes at once and emits changed().
    void refresh();

signals:
    void changed();

private:
    void connectStores();
    void scheduleRefresh();
    static Snapshot computeWithoutPlan(Workspace& workspace, const QDate& day);
    static void addPlan(Workspace& workspace, Snapshot* snapshot);

    Workspace& m_ws;
    std::function<QDate()> m_today;
    mutable std::optional<Snapshot> m_snapshot;
    mutable std::optional<Snapshot> m_withoutPlan; // prefetchWithoutPlan()'s part
    QTimer m_coalesce; // many store signals in one event-loop turn make one refresh
    QTimer m_midnight; // a window left open overnight moves to the new day
};
