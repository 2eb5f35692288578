#include "NotificationBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

NotificationBar::NotificationBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationBarWidget"));
    setAccessibleName(tr("Reminder"));
    // The palette's tool-tip roles stand out from the window in light and
    // dark themes alike, without a hard-coded colour.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_label->setObjectName(QStringLiteral("notificationTextLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::ToolTipText);

    auto* open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("notificationOpenButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested(m_target);
    });

    auto* snooze = new QToolButton(this);
    snooze->setObjectName(QStringLiteral("notificationSnoozeToolButton"));
    snooze->setText(tr("&Snooze"));
    snooze->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(snooze);
    const QList<QPair<QString, ReminderScheduler::Snooze>> choices = {
        {tr("5 minutes"), ReminderScheduler::Snooze::FiveMinutes},
        {tr("15 minutes"), ReminderScheduler::Snooze::FifteenMinutes},
        {tr("1 hour"), ReminderScheduler::Snooze::OneHour},
        {tr("Until tomorrow"), ReminderScheduler::Snooze::Tomorrow},
    };
    const QStringList names = {QStringLiteral("snooze5Action"), QStringLiteral("snooze15Action"),
                               QStringLiteral("snooze60Action"),
                               QStringLiteral("snoozeTomorrowAction")};
    for (int i = 0; i < choices.size(); ++i) {
        const ReminderScheduler::Snooze how = choices[i].second;
        QAction* action = menu->addAction(choices[i].first, this, [this, how] {
            hide();
            emit snoozeRequested(how);
        });
        action->setObjectName(names[i]);
    }
    snooze->setMenu(menu);

    auto* dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("notificationDismissButton"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(open);
    layout->addWidget(snooze);
    layout->addWidget(dismiss);
    hide();
}

void NotificationBar::showMessage(const QString& title, const QString& text, const QString& target)
{
    m_target = target;
    m_label->setText(title.isEmpty() ? text : tr("%1: %2").arg(title, text));
    show();
}

QString NotificationBar::text() const
{
    return m_label->text();
}
