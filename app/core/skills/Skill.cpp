#include "Skill.h"

#include <QCoreApplication>

#include <algorithm>

QString Skill::bar(int level, int cells)
{
    level = std::clamp(level, 0, cells);
    return QString(level, QChar(0x2588)) + QString(cells - level, QChar(0x2591));
}

QString Skill::levelName(int level)
{
    if (level <= 0)
        return QCoreApplication::translate("Skill", "Not started");
    if (level <= 6)
        return QCoreApplication::translate("Skill", "Basics");
    if (level <= 9)
        return QCoreApplication::translate("Skill", "Intermediate");
    if (level <= 11)
        return QCoreApplication::translate("Skill", "Advanced");
    return QCoreApplication::translate("Skill", "Expert");
}
