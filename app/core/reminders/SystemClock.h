#pragma once

#include "core/reminders/Clock.h"

// The machine's clock.
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
