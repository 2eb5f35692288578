#include "TodayView.h"

#include "core/Workspace.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/dsa/ReviewSchedule.h"
#include "core/jobs/InterviewRound.h"
#include "core/jobs/JobSettings.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"
#include "gui/common/StatusPalette.h"
#include "gui/jobs/ApplicationQuickAddBar.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int TargetRole = Qt::UserRole + 1;
constexpr int ProblemIdRole = Qt::UserRole + 2;

// "2 days overdue", "due today", "due in 3 days": relative, as people say it.
QString relative(const QDate& due, const QDate& today)
{
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return TodayView::tr("%n day(s) overdue", "", int(-days));
    if (days == 0)
        return TodayView::tr("due today");
    return TodayView::tr("due in %n day(s)", "", int(days));
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

void addEmpty(QListWidget* list, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
}

// A list holding only its empty-state line shrinks to it (two lines, for a
// wrapped one), so the lists with something in them get the room.
void shrinkWhenEmpty(QListWidget* list)
{
    const bool empty = list->count() == 1 && !(list->item(0)->flags() & Qt::ItemIsEnabled);
    list->setMaximumHeight(empty
                               ? 2 * list->fontMetrics().lineSpacing() + 2 * list->frameWidth() + 8
                               : QWIDGETSIZE_MAX);
}
} // namespace

TodayView::TodayView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_planTitle(heading(this))
    , m_plan(makeList(QStringLiteral("todayPlanListWidget"), tr("Plan items for this week")))
    , m_reviewTitle(heading(this))
    , m_reviews(makeList(QStringLiteral("todayReviewListWidget"), tr("Reviews due")))
    , m_goalText(heading(this))
    , m_goal(new QProgressBar(this))
    , m_quickAdd(new ApplicationQuickAddBar(workspace, QStringLiteral("today"), this))
    , m_followUpTitle(heading(this))
    , m_followUps(makeList(QStringLiteral("todayFollowUpListWidget"), tr("Follow-ups due")))
    , m_interviewTitle(heading(this))
    , m_interviews(makeList(QStringLiteral("todayInterviewListWidget"),
                            tr("Interviews in the next 48 hours")))
{
    m_heading->setObjectName(QStringLiteral("todayHeadingLabel"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("todaySummaryLabel"));
    m_summary->setWordWrap(true);
    m_goalText->setObjectName(QStringLiteral("todayGoalLabel"));
    m_goal->setObjectName(QStringLiteral("todayGoalProgressBar"));
    m_goal->setAccessibleName(tr("Applications today against the daily goal"));
    m_goal->setTextVisible(false);
    // A slim bar, so it reads as progress and not as an empty field.
    m_goal->setFixedHeight(std::max(6, fontMetrics().height() / 2));
    m_quickAdd->setObjectName(QStringLiteral("todayApplicationQuickAdd"));
    m_gradeHint = new QLabel(
        tr("Select a review and press 1 Again · 2 Hard · 3 Good · 4 Easy. Enter opens it."), this);
    m_gradeHint->setObjectName(QStringLiteral("todayGradeHintLabel"));
    m_gradeHint->setWordWrap(true);
    m_gradeHint->setForegroundRole(QPalette::PlaceholderText);
    m_reviews->installEventFilter(this);

    auto* left = new QVBoxLayout;
    left->addWidget(m_planTitle);
    left->addWidget(m_plan, 3);
    left->addWidget(m_reviewTitle);
    left->addWidget(m_reviews, 2);
    left->addWidget(m_gradeHint);

    auto* right = new QVBoxLayout;
    right->addWidget(m_goalText);
    right->addWidget(m_goal);
    right->addWidget(m_quickAdd);
    right->addWidget(m_followUpTitle);
    right->addWidget(m_followUps, 2);
    right->addWidget(m_interviewTitle);
    right->addWidget(m_interviews, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(columns, 1);

    connect(&m_ws.today(), &Today::changed, this, &TodayView::refresh);
    connect(&m_ws.settings(), &SettingsStore::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("jobs.")))
            m_quickAdd->setSources(JobSettings::sources(m_ws.settings()));
    });
    // Not filled here: the snapshot needs the plan, which a worker reads while
    // the rest of the window is built. The main window calls refresh() when it
    // is polished, just before its first layout.
}

QListWidget* TodayView::makeList(const QString& objectName, const QString& accessibleName)
{
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(list, &QListWidget::itemActivated, this, &TodayView::activate);
    return list;
}

void TodayView::focusQuickAdd()
{
    m_quickAdd->focusCompany();
}

void TodayView::refresh()
{
    const Today::Snapshot& s = m_ws.today().snapshot();
    const QLocale locale;
    const QString day = locale.toString(s.date, QLocale::LongFormat);
    m_heading->setText(s.whereInPlan.isEmpty() ? day : tr("%1 — %2").arg(day, s.whereInPlan));
    QStringList summary;
    summary << tr("%L1 of %L2 plan items done").arg(s.planDoneCount).arg(s.planItemCount);
    summary << (s.streakTodayCounted || s.streak == 0
                    ? tr("DSA streak: %n day(s)", "", s.streak)
                    : tr("DSA streak: %n day(s) — practise today to keep it", "", s.streak));
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    const auto restore = [](QListWidget* list) {
        return list->currentItem() ? list->currentItem()->data(TargetRole).toString() : QString();
    };
    const auto reselect = [](QListWidget* list, const QString& target) {
        for (int i = 0; i < list->count(); ++i) {
            if (!target.isEmpty() && list->item(i)->data(TargetRole).toString() == target) {
                list->setCurrentRow(i);
                return;
            }
        }
        if (list->count() > 0 && (list->item(0)->flags() & Qt::ItemIsEnabled))
            list->setCurrentRow(0);
    };

    const QString plan = restore(m_plan);
    m_plan->clear();
    m_planTitle->setText(s.planItemsAreActionItems
                             ? tr("This week — the plan's action items")
                             : tr("This week in the plan (%n open)", "", int(s.planItems.size())));
    // A plan far behind can have thousands of overdue items; nobody reads past
    // a screenful, and the rest is one click away in the Timeline.
    const qsizetype shown = std::min<qsizetype>(s.planItems.size(), Today::ListLimit);
    for (const Today::PlanItem& p : s.planItems.mid(0, shown)) {
        const QString when = p.due.isValid() ? relative(p.due, s.date) : QString();
        auto* item = new QListWidgetItem(
            when.isEmpty() ? p.title : tr("%1 — %2").arg(p.title, when), m_plan);
        item->setData(TargetRole, QStringLiteral("timeline/item/%1").arg(p.id));
        if (p.overdue)
            item->setForeground(StatusPalette::overdue());
    }
    if (s.planItems.size() > shown) {
        auto* more = new QListWidgetItem(
            tr("… and %n more: open the Timeline", "", int(s.planItems.size() - shown)), m_plan);
        more->setData(TargetRole, QStringLiteral("timeline"));
    }
    if (s.planItems.isEmpty())
        addEmpty(m_plan, tr("Nothing open for this week. Well done!"));
    reselect(m_plan, plan);

    const QString review = restore(m_reviews);
    m_reviews->clear();
    m_reviewTitle->setText(tr("Reviews due (%n)", "", s.reviewCount));
    for (const Today::ReviewDue& r : s.reviews) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(r.title, relative(r.due, s.date)), m_reviews);
        item->setData(TargetRole, QStringLiteral("dsa/problem/%1").arg(r.problemId));
        item->setData(ProblemIdRole, r.problemId);
    }
    if (s.reviewCount > s.reviews.size()) {
        auto* more = new QListWidgetItem(
            tr("… and %n more: open the DSA log", "", s.reviewCount - int(s.reviews.size())),
            m_reviews);
        more->setData(TargetRole, QStringLiteral("dsa"));
    }
    if (s.reviews.isEmpty())
        addEmpty(m_reviews, tr("No reviews due. Solved problems come back after 1, 3, 7, 14 and "
                               "30 days."));
    reselect(m_reviews, review);

    m_goalText->setText(s.applicationsLeft() > 0 ? tr("Applications today: %1 of %2–%3 · %n to go",
                                                      "", s.applicationsLeft())
                                                       .arg(s.appliedToday)
                                                       .arg(s.goalMin)
                                                       .arg(s.goalMax)
                                                 : tr("Applications today: %1 of %2–%3 · goal met")
                                                       .arg(s.appliedToday)
                                                       .arg(s.goalMin)
                                                       .arg(s.goalMax));
    m_goal->setRange(0, std::max(1, s.goalMin));
    m_goal->setValue(std::min(s.appliedToday, std::max(1, s.goalMin)));

    m_followUps->clear();
    m_followUpTitle->setText(tr("Follow-ups due (%n)", "", s.followUpCount));
    for (const Today::FollowUp& f : s.followUps) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 · %3").arg(f.company, f.role, relative(f.due, s.date)), m_followUps);
        item->setData(TargetRole,
                      QStringLiteral("applications/application/%1").arg(f.applicationId));
        if (f.due < s.date)
            item->setForeground(StatusPalette::overdue());
    }
    if (s.followUpCount > s.followUps.size()) {
        auto* more = new QListWidgetItem(
            tr("… and %n more: open Applications", "", s.followUpCount - int(s.followUps.size())),
            m_followUps);
        more->setData(TargetRole, QStringLiteral("applications"));
    }
    if (s.followUps.isEmpty())
        addEmpty(m_followUps, tr("No follow-ups due."));

    m_interviews->clear();
    m_interviewTitle->setText(
        tr("Interviews in the next 48 hours (%n)", "", int(s.interviews.size())));
    for (const ApplicationStore::ScheduledRound& r : s.interviews) {
        const qint64 days = s.date.daysTo(r.round.date);
        const QString when = days == 0   ? tr("today")
                             : days == 1 ? tr("tomorrow")
                                         : locale.dayName(r.round.date.dayOfWeek());
        auto* item = new QListWidgetItem(
            tr("%1 — %2 · %3, %4")
                .arg(r.company, r.role, InterviewRound::kindName(r.round.kind), when),
            m_interviews);
        item->setData(TargetRole,
                      QStringLiteral("applications/application/%1").arg(r.applicationId));
    }
    if (s.interviews.isEmpty())
        addEmpty(m_interviews, tr("No interviews in the next 48 hours."));
    for (QListWidget* list : {m_plan, m_reviews, m_followUps, m_interviews})
        shrinkWhenEmpty(list);
    m_gradeHint->setVisible(!s.reviews.isEmpty());
}

void TodayView::activate(QListWidgetItem* item)
{
    const QString target = item ? item->data(TargetRole).toString() : QString();
    if (!target.isEmpty())
        emit openRequested(target);
}

bool TodayView::eventFilter(QObject* watched, QEvent* event)
{
    // One key grades the selected review: 1 Again, 2 Hard, 3 Good, 4 Easy.
    if (watched == m_reviews && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            gradeCurrent(key - Qt::Key_1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayView::gradeCurrent(int grade)
{
    const QListWidgetItem* item = m_reviews->currentItem();
    const qint64 id = item ? item->data(ProblemIdRole).toLongLong() : 0;
    if (id == 0)
        return;
    if (auto* command = ReplaceProblemsCommand::review(
            m_ws.problems(), id, ReviewSchedule::Grade(grade), m_ws.today().date()))
        m_ws.undoStack().push(command);
}
