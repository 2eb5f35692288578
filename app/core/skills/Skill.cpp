#include "Skill.h"

#include "core/skills/SkillLevelScale.h"

#include <algorithm>

QString Skill::bar(int level, int cells)
{
    level = std::clamp(level, 0, cells);
    return QString(level, QChar(0x2588)) + QString(cells - level, QChar(0x2591));
}

QString Skill::levelName(int level)
{
    return SkillLevelScale().name(level);
}
