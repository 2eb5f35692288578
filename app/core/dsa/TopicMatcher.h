#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

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
    // A name split into its words once, for matching against many others:
    // splitting is most of a match's cost, and a target is matched against
    // every topic there is.
    class Name
    {
    public:
        explicit Name(const QString& name);

    private:
        friend class TopicMatcher;
        QString m_name;
        QStringList m_words;              // all of them, as a plan topic is read
        QVector<QStringList> m_partWords; // each part's, as a problem topic is read
    };

    static bool matches(const Name& problemTopic, const Name& planTopic);
    static bool matches(const QString& problemTopic, const QString& planTopic);
    // The normalised words of a name, exposed for tests.
    static QStringList words(const QString& name);

private:
    static QStringList parts(const QString& name);
};
