#include "DueTodayPanel.h"

#include "Workspace.h"
#include "dsa/ProblemEdits.h"
#include "dsa/ProblemModel.h"
#include "dsa/ProblemStore.h"
#include "dsa/ReplaceProblemsCommand.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QString relative(const QDate& due, const QDate& today)
{
    const qint64 days = due.daysTo(today);
    if (days <= 0)
        return DueTodayPanel::tr("due today");
    return DueTodayPanel::tr("%n day(s) overdue", "", int(days));
}
} // namespace

DueTodayPanel::DueTodayPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("dueListWidget"));
    m_list->setAccessibleName(tr("Reviews due today"));
    m_list->setUniformItemSizes(true);
    m_empty->setObjectName(QStringLiteral("dueEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing to review today.\nSolved problems come back here after 1, 3, 7, "
                        "14 and 30 days."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("How did it go?"), this));
    const std::pair<ReviewSchedule::Grade, const char*> grades[] = {
        {ReviewSchedule::Grade::Again, "gradeAgainPushButton"},
        {ReviewSchedule::Grade::Hard, "gradeHardPushButton"},
        {ReviewSchedule::Grade::Good, "gradeGoodPushButton"},
        {ReviewSchedule::Grade::Easy, "gradeEasyPushButton"},
    };
    for (const auto& [g, name] : grades) {
        auto* button = new QPushButton(ReviewSchedule::gradeName(g), this);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tr("Mark the selected review done and schedule the next one"));
        const int value = int(g);
        connect(button, &QPushButton::clicked, this, [this, value] { grade(value); });
        buttons->addWidget(button);
        m_gradeButtons.append(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
    refresh();
}

int DueTodayPanel::dueCount() const
{
    return m_list->count();
}

void DueTodayPanel::refresh()
{
    const QDate today = QDate::currentDate();
    QVector<const Problem*> due;
    for (const Problem& p : m_ws.problemModel().problems()) {
        if (p.reviewDue.isValid() && p.reviewDue <= today)
            due.append(&p);
    }
    std::sort(due.begin(), due.end(), [](const Problem* a, const Problem* b) {
        return a->reviewDue != b->reviewDue ? a->reviewDue < b->reviewDue : a->title < b->title;
    });
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const Problem* p : due) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(p->title, relative(p->reviewDue, today)), m_list);
        item->setData(Qt::UserRole, p->id);
        if (p->id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setVisible(!due.isEmpty());
    m_empty->setVisible(due.isEmpty());
    for (QPushButton* button : m_gradeButtons)
        button->setEnabled(!due.isEmpty());
}

void DueTodayPanel::grade(int value)
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QVector<ProblemRecord> before = m_ws.problems().records({id});
    if (before.isEmpty())
        return;
    ProblemRecord after = before.first();
    const auto g = ReviewSchedule::Grade(value);
    ProblemEdits::completeReview(after, g, QDate::currentDate());
    m_ws.undoStack().push(new ReplaceProblemsCommand(
        m_ws.problems(), before, {after},
        tr("Reviewed \"%1\" (%2)").arg(after.problem.title, ReviewSchedule::gradeName(g))));
    emit commandPushed();
}
