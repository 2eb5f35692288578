#pragma once

#include <QString>

// Where a reminder goes: the tray's message, or the window's notification bar
// when there is no tray. Tests replace it with a fake that records the calls.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // `target` names what clicking the notification opens ("dsa/reviews",
    // "applications", "timeline/overdue": a tab, then rows), so core need not
    // know about widgets.
    virtual void notify(const QString& title, const QString& text, const QString& target) = 0;
};
