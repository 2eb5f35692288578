#include "ApplicationsOverview.h"

#include "core/Workspace.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"
#include "core/jobs/Funnel.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"
#include "gui/charts/ApplicationFunnelChart.h"
#include "gui/charts/DailyApplicationsChart.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int goalWeeks = 2;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

ApplicationsOverview::ApplicationsOverview(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_goalText(new QLabel(this))
    , m_goal(new QProgressBar(this))
    , m_days(new QLabel(this))
    , m_followUps(new QListWidget(this))
    , m_followUpTitle(heading(QString(), this))
    , m_week(new DailyApplicationsChart(workspace, this))
    , m_funnel(new ApplicationFunnelChart(workspace, this))
    , m_timer(new QTimer(this))
{
    m_goalText->setObjectName(QStringLiteral("dailyGoalLabel"));
    m_goalText->setWordWrap(true);
    m_goal->setObjectName(QStringLiteral("dailyGoalProgressBar"));
    m_goal->setAccessibleName(tr("Applications today against the daily goal"));
    m_goal->setTextVisible(false);
    m_days->setObjectName(QStringLiteral("dailyCountsLabel"));
    m_days->setWordWrap(true);
    m_followUps->setObjectName(QStringLiteral("followUpListWidget"));
    m_followUps->setAccessibleName(tr("Overdue follow-ups"));
    m_followUps->setWordWrap(true);
    m_followUps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wrapped lines are measured again when the side panel changes width.
    m_followUps->setResizeMode(QListView::Adjust);
    // The heading's line is there before the first count, so nothing below it moves.
    m_followUpTitle->setMinimumHeight(m_followUpTitle->fontMetrics().lineSpacing());
    // Small charts: the headings above them say what they show.
    m_week->setCompact(true);
    m_funnel->setCompact(true);
    m_funnel->installEventFilter(this);
    // Small enough that the tab still fits a 768-pixel screen.
    m_week->setMinimumHeight(fontMetrics().height() * 6);
    m_funnel->setMinimumHeight(fontMetrics().height() * 8);

    // Room for the funnel's longest stage name beside its bars.
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Daily goal"), this));
    layout->addWidget(m_goalText);
    layout->addWidget(m_goal);
    layout->addWidget(m_days);
    layout->addWidget(heading(tr("Last 7 days"), this));
    layout->addWidget(m_week);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_followUpTitle);
    layout->addWidget(m_followUps, 1);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Funnel"), this));
    layout->addWidget(m_funnel);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ApplicationsOverview::refresh);
    connect(m_followUps, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            emit openRequested(id);
    });
    const ApplicationModel* model = &m_ws.applicationModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ApplicationsOverview::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ApplicationsOverview::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &ApplicationsOverview::scheduleRefresh);
    connect(&m_ws.settings(), &SettingsStore::changed, this,
            &ApplicationsOverview::scheduleRefresh);
    connect(&m_ws.today(), &Today::changed, this, &ApplicationsOverview::refreshGoal);
    // The window shows first; the funnel over 20,000 rows follows a moment later.
    scheduleRefresh();
}

void ApplicationsOverview::scheduleRefresh()
{
    // The goal is cheap and users look at it right after adding: update it now.
    refreshGoal();
    m_timer->start();
}

void ApplicationsOverview::refresh()
{
    refreshGoal();
    refreshFollowUps();
    m_funnelToolTipStale = true;
}

void ApplicationsOverview::refreshGoal()
{
    // Today's count and goal come from the one Today object, like the status line's.
    const Today::Snapshot& now = m_ws.today().snapshot();
    const DailyGoal goal(now.goalMin, now.goalMax);
    const QDate today = now.date;
    const int count = now.appliedToday;
    m_goal->setRange(0, goal.minimum());
    m_goal->setValue(std::min(count, goal.minimum()));
    m_goalText->setText(
        tr("Today: %1 of %2–%3 applications").arg(count).arg(goal.minimum()).arg(goal.maximum()));
    const QVector<DailyGoal::Day> days = DailyGoal::lastWeeks(
        m_ws.applications().countsAppliedBetween(today.addDays(-7 * goalWeeks + 1), today), today,
        goalWeeks);
    // The days themselves are the chart below.
    m_days->setText(tr("Goal met on %1 of the last %n day(s); streak %2.", "", int(days.size()))
                        .arg(goal.daysMet(days))
                        .arg(goal.streak(days)));
}

void ApplicationsOverview::refreshFollowUps()
{
    const ApplicationModel& model = m_ws.applicationModel();
    const QDate today = model.today();
    const QVector<Application> overdue = model.followUpRule().overdue(model.applications(), today);
    m_followUpTitle->setText(tr("Follow-ups overdue (%1)").arg(overdue.size()));
    m_followUps->clear();
    // A long list is not read; the first hundred are the oldest and matter most.
    for (int i = 0; i < std::min<int>(int(overdue.size()), 100); ++i) {
        const Application& a = overdue[i];
        const int late = int(model.followUpRule().dueDate(a).daysTo(today));
        auto* item = new QListWidgetItem(
            tr("%1 — %2 · %n day(s) overdue", "", late).arg(a.company, a.role), m_followUps);
        item->setData(Qt::UserRole, a.id);
    }
    if (overdue.isEmpty())
        new QListWidgetItem(tr("Nothing to chase. Applications with no reply appear here."),
                            m_followUps);
}

bool ApplicationsOverview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_funnel && event->type() == QEvent::ToolTip && m_funnelToolTipStale) {
        writeFunnelToolTip();
        m_funnelToolTipStale = false;
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicationsOverview::writeFunnelToolTip()
{
    const ApplicationModel& model = m_ws.applicationModel();
    const Funnel::Result r = Funnel::compute(model.applications(), m_ws.applications().allHistory(),
                                             StageOrder::load(m_ws.settings()), model.today());
    QStringList lines;
    const QLocale locale;
    for (const Funnel::Step& s : r.steps) {
        if (s.stage == u"wishlist")
            continue; // everything "reached" the wishlist; the funnel starts at Applied
        QString line = tr("%1: %2").arg(Application::stageName(s.stage)).arg(s.reached);
        if (s.stage != u"applied" && s.conversion > 0)
            line += tr(" (%1%)").arg(locale.toString(s.conversion * 100, 'f', 0));
        if (r.medianDays.contains(s.stage))
            line += tr(" · median %1 d").arg(locale.toString(r.medianDays.value(s.stage), 'g', 3));
        lines.append(line);
    }
    QStringList closed;
    for (auto it = r.closedIn.cbegin(); it != r.closedIn.cend(); ++it)
        closed.append(tr("%1 %2").arg(Application::stageName(it.key())).arg(it.value()));
    if (!closed.isEmpty())
        lines.append(tr("Closed: %1").arg(closed.join(QStringLiteral(", "))));
    // The chart draws the counts and shares; the medians and the closed
    // stages are read on hover.
    m_funnel->setToolTip(lines.join(u'\n'));
}
