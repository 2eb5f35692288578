#pragma once

#include "core/reminders/ReminderScheduler.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The in-window reminder when there is no system tray: a strip at the top of
// the window with the text, Open, Snooze ▾ and Dismiss. Hidden until needed.
class NotificationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationBar(QWidget* parent = nullptr);

    void showMessage(const QString& title, const QString& text, const QString& target);
    QString text() const;
    QString target() const { return m_target; }

signals:
    void openRequested(const QString& target);
    void snoozeRequested(ReminderScheduler::Snooze how);

private:
    QLabel* m_label;
    QString m_target;
};
