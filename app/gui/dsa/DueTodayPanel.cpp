#include "DueTodayPanel.h"

#include "core/Workspace.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/ReplaceProblemsCommand.h"
#include "core/storage/EditStack.h"
#include "core/today/Today.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setText(tr("Nothing to review today.\nSolved problems come back here after 1, 3, 7, "
                        "14 and 30 days."));
    m_buttons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(new QLabel(tr("How did it go?"), m_buttons));
    const std::pair<ReviewSchedule::Grade, const char*> grades[] = {
        {ReviewSchedule::Grade::Again, "gradeAgainPushButton"},
        {ReviewSchedule::Grade::Hard, "gradeHardPushButton"},
        {ReviewSchedule::Grade::Good, "gradeGoodPushButton"},
        {ReviewSchedule::Grade::Easy, "gradeEasyPushButton"},
    };
    for (const auto& [g, name] : grades) {
        auto* button = new QPushButton(ReviewSchedule::gradeName(g), m_buttons);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tr("Mark the selected review done and schedule the next one"));
        const int value = int(g);
        connect(button, &QPushButton::clicked, this, [this, value] { grade(value); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    layout->addStretch(0);
    connect(&m_ws.today(), &Today::changed, this, &DueTodayPanel::refresh);
    refresh();
}

void DueTodayPanel::refresh()
{
    const Today::Snapshot& today = m_ws.today().snapshot();
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const Today::ReviewDue& r : today.reviews) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(r.title, relative(r.due, today.date)), m_list);
        item->setData(Qt::UserRole, r.problemId);
        if (r.problemId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Nothing due: one line at the top, not an empty list and idle buttons.
    const bool empty = today.reviews.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_buttons->setVisible(!empty);
}

void DueTodayPanel::grade(int value)
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (auto* command =
            ReplaceProblemsCommand::review(m_ws.problems(), item->data(Qt::UserRole).toLongLong(),
                                           ReviewSchedule::Grade(value), m_ws.today().date()))
        m_ws.undoStack().push(command);
}
