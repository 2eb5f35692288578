#pragma once

#include <QString>

// Levenshtein distance: the fewest single-character insertions, deletions and
// substitutions that turn one text into the other. Shared by the matchers that
// forgive typos (stage words) and rewording (re-imported plan titles).
class EditDistance
{
public:
    static int between(const QString& a, const QString& b);
};
