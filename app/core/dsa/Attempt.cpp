#include "Attempt.h"

QString Attempt::outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Solved:
        return QStringLiteral("solved");
    case Outcome::Partial:
        return QStringLiteral("partial");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Reviewed:
        return QStringLiteral("reviewed");
    }
    return QStringLiteral("solved");
}

Attempt::Outcome Attempt::outcomeFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok)
        *ok = true;
    for (const Outcome o :
         {Outcome::Solved, Outcome::Partial, Outcome::Failed, Outcome::Reviewed}) {
        if (k == outcomeKey(o))
            return o;
    }
    if (ok)
        *ok = false;
    return Outcome::Solved;
}
