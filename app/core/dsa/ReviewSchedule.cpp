#include "ReviewSchedule.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace {
constexpr std::array<int, 5> steps{1, 3, 7, 14, 30};
constexpr int longest = 180;

int stepOf(int interval)
{
    int step = 0;
    for (int i = 0; i < int(steps.size()); ++i) {
        if (interval >= steps[i])
            step = i;
    }
    return step;
}

int stepUp(int interval, int by)
{
    if (interval >= steps.back())
        return std::min(longest, interval * (by + 1));
    const int step = std::min(int(steps.size()) - 1, stepOf(interval) + by);
    return steps[step];
}
} // namespace

int ReviewSchedule::nextInterval(int currentInterval, Grade grade)
{
    const int current = std::max(1, currentInterval);
    switch (grade) {
    case Grade::Again:
        return steps.front();
    case Grade::Hard:
        return current;
    case Grade::Good:
        return stepUp(current, 1);
    case Grade::Easy:
        return stepUp(current, 2);
    }
    return current;
}

QString ReviewSchedule::gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Again:
        return QCoreApplication::translate("ReviewSchedule", "Again");
    case Grade::Hard:
        return QCoreApplication::translate("ReviewSchedule", "Hard");
    case Grade::Good:
        return QCoreApplication::translate("ReviewSchedule", "Good");
    case Grade::Easy:
        return QCoreApplication::translate("ReviewSchedule", "Easy");
    }
    return {};
}
