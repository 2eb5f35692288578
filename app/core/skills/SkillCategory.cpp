#include "SkillCategory.h"

#include <QCoreApplication>
#include <QRegularExpression>

QStringList SkillCategory::defaults()
{
    return {QCoreApplication::translate("SkillCategory", "Languages"),
            QCoreApplication::translate("SkillCategory", "Backend"),
            QCoreApplication::translate("SkillCategory", "Data"),
            QCoreApplication::translate("SkillCategory", "DevOps/Cloud"),
            QCoreApplication::translate("SkillCategory", "ML"),
            QCoreApplication::translate("SkillCategory", "CS fundamentals")};
}

QString SkillCategory::guess(const QString& skillName)
{
    // Order matters: "ML Deployment" is ML before it is deployment.
    static const struct
    {
        const char* word;
        int category;
    } words[] = {
        {"python", 0},     {"java", 0},          {"go", 0},
        {"rust", 0},       {"c++", 0},           {"typescript", 0},
        {"ml", 4},         {"mlops", 4},         {"dl", 4},
        {"ai", 4},         {"llm", 4},           {"fastapi", 1},
        {"django", 1},     {"flask", 1},         {"drf", 1},
        {"api", 1},        {"postgresql", 2},    {"sql", 2},
        {"redis", 2},      {"pandas", 2},        {"docker", 3},
        {"aws", 3},        {"cloud", 3},         {"devops", 3},
        {"kubernetes", 3}, {"dsa", 5},           {"math", 5},
        {"algorithms", 5}, {"system design", 5},
    };
    const QStringList defaults = SkillCategory::defaults();
    const QString lower = skillName.toLower();
    for (const auto& w : words) {
        const QString word = QString::fromLatin1(w.word);
        // Whole words only, so "Go" does not match "Django".
        for (const QString& token :
             lower.split(QRegularExpression(QStringLiteral("[\\s/()-]+")), Qt::SkipEmptyParts)) {
            if (token == word || (word.contains(QLatin1Char(' ')) && lower.contains(word)))
                return defaults.value(w.category);
        }
    }
    return {};
}
