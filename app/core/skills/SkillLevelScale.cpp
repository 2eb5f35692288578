#include "SkillLevelScale.h"

#include "core/skills/Skill.h"

#include <QCoreApplication>
#include <QStringList>

SkillLevelScale::SkillLevelScale()
    : m_bands{{6, QCoreApplication::translate("Skill", "Basics")},
              {9, QCoreApplication::translate("Skill", "Intermediate")},
              {11, QCoreApplication::translate("Skill", "Advanced")},
              {Skill::Cells, QCoreApplication::translate("Skill", "Expert")}}
{}

SkillLevelScale SkillLevelScale::fromSetting(const QString& text)
{
    SkillLevelScale scale;
    QVector<Band> bands;
    int previous = 0;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        bool ok = false;
        const int upTo = part.left(eq).trimmed().toInt(&ok);
        const QString name = part.mid(eq + 1).trimmed();
        // Limits must rise and stay on the bar, or the text is not a scale.
        if (eq < 0 || !ok || upTo <= previous || upTo > Skill::Cells || name.isEmpty())
            return scale;
        bands.append({upTo, name});
        previous = upTo;
    }
    if (bands.isEmpty() || bands.last().upTo != Skill::Cells)
        return scale;
    scale.m_bands = bands;
    return scale;
}

QString SkillLevelScale::toSetting() const
{
    QStringList parts;
    for (const Band& b : m_bands)
        parts << QStringLiteral("%1=%2").arg(b.upTo).arg(b.name);
    return parts.join(QLatin1Char(';'));
}

QString SkillLevelScale::name(int level) const
{
    if (level <= 0)
        return QCoreApplication::translate("Skill", "Not started");
    for (const Band& b : m_bands) {
        if (level <= b.upTo)
            return b.name;
    }
    return m_bands.isEmpty() ? QString() : m_bands.last().name;
}
