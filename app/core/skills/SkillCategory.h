#pragma once

#include <QString>
#include <QStringList>

// The categories the Skills tab offers, and a first guess for skills that come
// from a plan, which names skills but not their categories. The user can
// change any category; the guess only saves typing.
class SkillCategory
{
public:
    static QStringList defaults();
    // "Python" -> "Languages", "Docker" -> "DevOps/Cloud"; empty when unknown.
    static QString guess(const QString& skillName);
};
