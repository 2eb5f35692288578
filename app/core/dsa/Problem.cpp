#include "Problem.h"

QString Problem::difficultyKey(Difficulty d)
{
    switch (d) {
    case Difficulty::Easy:
        return QStringLiteral("easy");
    case Difficulty::Medium:
        return QStringLiteral("medium");
    case Difficulty::Hard:
        return QStringLiteral("hard");
    }
    return QStringLiteral("medium");
}

Problem::Difficulty Problem::difficultyFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    if (k == QLatin1String("easy"))
        return Difficulty::Easy;
    if (k == QLatin1String("hard"))
        return Difficulty::Hard;
    if (ok)
        *ok = k == QLatin1String("medium");
    return Difficulty::Medium;
}

QString Problem::statusKey(Status s)
{
    switch (s) {
    case Status::Todo:
        return QStringLiteral("todo");
    case Status::Attempted:
        return QStringLiteral("attempted");
    case Status::Solved:
        return QStringLiteral("solved");
    case Status::Revisit:
        return QStringLiteral("revisit");
    }
    return QStringLiteral("todo");
}

Problem::Status Problem::statusFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    if (k == QLatin1String("attempted"))
        return Status::Attempted;
    if (k == QLatin1String("solved"))
        return Status::Solved;
    if (k == QLatin1String("revisit"))
        return Status::Revisit;
    if (ok)
        *ok = k == QLatin1String("todo");
    return Status::Todo;
}

QString Problem::slugify(const QString& title)
{
    QString slug;
    slug.reserve(title.size());
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else if (c != u'\'') {
            dash = true;
        }
    }
    return slug;
}

QString Problem::slugFromLink(const QString& link)
{
    const int at = link.indexOf(QLatin1String("/problems/"));
    const QString rest = at >= 0 ? link.mid(at + 10) : QString();
    const QString slug = rest.section(u'/', 0, 0).trimmed().toLower();
    return slug;
}

QStringList Problem::splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item, Qt::CaseInsensitive))
            items.append(item);
    }
    return items;
}
