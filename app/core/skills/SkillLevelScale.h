#pragma once

#include <QString>
#include <QVector>

// Names for ranges of the plan's 14-cell bar ("Basics" up to 6 cells, …). The
// user can rename the bands or move their limits; the scale is kept in the
// plan's settings so it travels with the database file. The number of cells is
// fixed by the schema (0..14).
class SkillLevelScale
{
public:
    struct Band
    {
        int upTo = 0; // highest level (inclusive) that carries this name
        QString name;
    };

    static inline const QString SettingKey = QStringLiteral("skills.scale");

    SkillLevelScale(); // the plan's names
    // "6=Basics;9=Intermediate;11=Advanced;14=Expert"; falls back to the plan's
    // names when the text is empty or malformed.
    static SkillLevelScale fromSetting(const QString& text);
    QString toSetting() const;

    QString name(int level) const;
    const QVector<Band>& bands() const { return m_bands; }
    bool operator==(const SkillLevelScale& other) const { return toSetting() == other.toSetting(); }

private:
    QVector<Band> m_bands;
};
