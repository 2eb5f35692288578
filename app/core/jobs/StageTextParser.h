#pragma once

#include <QString>

// Maps the free-text statuses of real trackers to a stage key: "Applied ✅",
// "  PHONE SCREEN ", "Interviewing (2nd round)", "rejectd", "[Offer]",
// "No response". Case, spacing, decoration and one or two typos do not
// matter; text that names no stage gives an empty string.
class StageTextParser
{
public:
    static QString parse(const QString& text);
    // Lower-case letters, digits and single spaces only.
    static QString clean(const QString& text);
};
