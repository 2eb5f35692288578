#include "TopicMatcher.h"

#include <QHash>
#include <QRegularExpression>

namespace {
// Phrases people write for the same topic; keys are lower case, singular.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("hashing"), QStringLiteral("hashmap")},
        {QStringLiteral("hash"), QStringLiteral("hashmap")},
        {QStringLiteral("hash map"), QStringLiteral("hashmap")},
        {QStringLiteral("hash table"), QStringLiteral("hashmap")},
        {QStringLiteral("hashtable"), QStringLiteral("hashmap")},
        {QStringLiteral("dictionary"), QStringLiteral("hashmap")},
        {QStringLiteral("dict"), QStringLiteral("hashmap")},
        {QStringLiteral("map"), QStringLiteral("hashmap")},
        {QStringLiteral("linkedlist"), QStringLiteral("linked list")},
        {QStringLiteral("binary tree"), QStringLiteral("tree")},
        {QStringLiteral("bst"), QStringLiteral("tree")},
        {QStringLiteral("binary search tree"), QStringLiteral("tree")},
        {QStringLiteral("dp"), QStringLiteral("dynamic programming")},
        {QStringLiteral("string"), QStringLiteral("string")},
        {QStringLiteral("strings"), QStringLiteral("string")},
    };
    return table;
}

QString singular(const QString& word)
{
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}
} // namespace

QStringList TopicMatcher::parts(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:&|/|,|\+|\band\b)\s*)"));
    QStringList result;
    for (const QString& part : name.toLower().split(separators, Qt::SkipEmptyParts)) {
        const QString p = part.simplified();
        if (!p.isEmpty())
            result.append(p);
    }
    return result;
}

QStringList TopicMatcher::words(const QString& name)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\w]+)"));
    QStringList result;
    for (const QString& part : parts(name)) {
        QStringList singularWords;
        for (const QString& w : part.split(nonWord, Qt::SkipEmptyParts))
            singularWords.append(singular(w));
        const QString phrase = singularWords.join(u' ');
        const QString mapped = aliases().value(phrase, phrase);
        for (const QString& w : mapped.split(u' ', Qt::SkipEmptyParts))
            result.append(aliases().value(w, w));
    }
    return result;
}

TopicMatcher::Name::Name(const QString& name)
    : m_name(name)
{
    // A part has no separators left, so its words are its share of the
    // name's: the name is split once for both readings.
    for (const QString& part : parts(name)) {
        m_partWords.append(words(part));
        m_words += m_partWords.constLast();
    }
}

bool TopicMatcher::matches(const Name& problemTopic, const Name& planTopic)
{
    if (problemTopic.m_name.compare(planTopic.m_name, Qt::CaseInsensitive) == 0)
        return true;
    const QStringList& plan = planTopic.m_words;
    if (plan.isEmpty())
        return false;
    for (const QStringList& partWords : problemTopic.m_partWords) {
        if (partWords.isEmpty())
            continue;
        bool all = true;
        for (const QString& w : partWords)
            all = all && plan.contains(w);
        if (all)
            return true;
    }
    return false;
}

bool TopicMatcher::matches(const QString& problemTopic, const QString& planTopic)
{
    if (problemTopic.compare(planTopic, Qt::CaseInsensitive) == 0)
        return true;
    return matches(Name(problemTopic), Name(planTopic));
}
