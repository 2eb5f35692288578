#include "ReminderService.h"

#include "core/Workspace.h"
#include "core/reminders/Clock.h"
#include "core/reminders/Notifier.h"
#include "core/reminders/ReminderStore.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"

#include <QGuiApplication>

ReminderService::ReminderService(Workspace& workspace, const Clock& clock, Notifier& notifier,
                                 const QTimeZone& zone, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_zone(zone)
    , m_scheduler(workspace.reminders(), workspace.settings(), clock, this->zone())
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    // The settings dialog changes rows and quiet hours; re-read them then only.
    connect(&m_ws.reminders(), &ReminderStore::changed, this, [this] { m_scheduler.reload(); });
    connect(&m_ws.today(), &Today::changed, this, &ReminderService::recount);
    connect(&m_ws.settings(), &SettingsStore::changed, this, [this](const QString& key) {
        if (key.startsWith(QStringLiteral("reminders.")))
            m_scheduler.reload();
    });
}

void ReminderService::start()
{
    // After sleep the timer's next tick is the first thing that runs, and the
    // scheduler compares with the clock, so a resume needs no signal of its own.
    // Becoming active again (the user returns to the window) checks at once.
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        checkNow();
                });
    }
    m_timer.start();
    checkNow();
}

QTimeZone ReminderService::zone() const
{
    return m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone();
}

QDate ReminderService::today() const
{
    return m_clock.now().toTimeZone(zone()).date();
}

bool ReminderService::checkNow()
{
    m_scheduler.setTimeZone(zone());
    const ReminderScheduler::Due due = m_scheduler.check();
    if (due.isEmpty())
        return false;
    const ReminderSummary::Message message =
        ReminderSummary::build(due.kinds, ReminderCounts::load(m_ws, today()), due.catchUp);
    if (message.isEmpty())
        return false;
    m_lastKinds = due.kinds;
    m_lastCatchUp = due.catchUp;
    m_lastMessage = message;
    m_notifier.notify(message.title, message.text, message.target);
    emit notified(message);
    return true;
}

void ReminderService::recount()
{
    if (m_lastKinds.isEmpty() || m_lastMessage.isEmpty())
        return;
    const ReminderSummary::Message message =
        ReminderSummary::build(m_lastKinds, ReminderCounts::load(m_ws, today()), m_lastCatchUp);
    if (message.text == m_lastMessage.text && message.title == m_lastMessage.title)
        return;
    m_lastMessage = message;
    emit lastMessageUpdated(message);
}

void ReminderService::snoozeLast(ReminderScheduler::Snooze how)
{
    m_scheduler.snooze(m_lastKinds, how);
}

void ReminderService::snoozeAllForAnHour()
{
    m_scheduler.snooze(m_lastKinds, ReminderScheduler::Snooze::OneHour);
    m_scheduler.holdAll(m_scheduler.snoozeEnd(ReminderScheduler::Snooze::OneHour));
}

void ReminderService::showTodaySummary()
{
    const ReminderSummary::Message message =
        ReminderSummary::today(ReminderCounts::load(m_ws, today()));
    m_notifier.notify(message.title, message.text, message.target);
}
