#pragma once

#include <QDateTime>

// The time as the reminders see it. Injected so tests can move time by hand
// (across midnight, a night switched off, a daylight-saving change).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};
