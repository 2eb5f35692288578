#pragma once

#include "core/reminders/Clock.h"
#include "core/reminders/Notifier.h"

#include <QStringList>

// A clock the test moves by hand.
class FakeClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when) { m_now = when; }

private:
    QDateTime m_now;
};

// Records what would have been shown.
class FakeNotifier : public Notifier
{
public:
    void notify(const QString& title, const QString& text, const QString& target) override
    {
        titles << title;
        texts << text;
        targets << target;
    }
    QStringList titles;
    QStringList texts;
    QStringList targets;
};
