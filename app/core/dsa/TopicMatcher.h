#pragma once

#include <QString>
#include <QStringList>

// Whether a problem's topic counts for a plan topic: "arrays" counts for
// "Arrays and Strings", "Arrays & Hashing" (NeetCode) for both "Arrays and
// Strings" and "HashMaps", "Trees" for "Trees basics".
//
// Rule: both names are lower-cased, split into parts at "&", "/", "," and " and ",
// each part's words singularised ("lists" -> "list") and mapped through a small
// alias table ("hashing", "hash table" -> "hashmap"). A problem topic counts
// when all the words of one of its parts appear in the plan topic. Whole-part
// matching keeps "Binary Search" from counting for a "Binary Trees" target.
class TopicMatcher
{
public:
    static bool matches(const QString& problemTopic, const QString& planTopic);
    // The normalised words of a name, exposed for tests.
    static QStringList words(const QString& name);

private:
    static QStringList parts(const QString& name);
};
