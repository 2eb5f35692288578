#include "Skill.h"

#include <algorithm>

QString Skill::bar(int level, int cells)
{
    level = std::clamp(level, 0, cells);
    return QString(level, QChar(0x2588)) + QString(cells - level, QChar(0x2591));
}
