#include "StageTextParser.h"

#include "core/io/EditDistance.h"

#include <QStringList>
#include <QVector>

namespace {
struct Phrase
{
    const char* text;
    const char* stage;
};

// Whole phrases first (most specific), then the key words searched inside longer text.
const Phrase phrases[] = {
    {"wishlist", "wishlist"},
    {"wish list", "wishlist"},
    {"saved", "wishlist"},
    {"bookmarked", "wishlist"},
    {"to apply", "wishlist"},
    {"not applied", "wishlist"},
    {"interested", "wishlist"},
    {"planned", "wishlist"},
    {"draft", "wishlist"},
    {"applied", "applied"},
    {"apply", "applied"},
    {"submitted", "applied"},
    {"application sent", "applied"},
    {"sent", "applied"},
    {"pending", "applied"},
    {"waiting", "applied"},
    {"in review", "applied"},
    {"under review", "applied"},
    {"in progress", "applied"},
    {"ongoing", "applied"},
    {"on going", "applied"},
    {"awaiting", "applied"},
    {"awaiting response", "applied"},
    {"oa received", "screening"},
    {"online test", "screening"},
    {"online assessment screening", "screening"},
    {"coding challenge", "screening"},
    {"challenge", "screening"},
    {"hackerrank", "screening"},
    {"phone", "screening"},
    {"phone call", "screening"},
    {"hr call", "screening"},
    {"hr round", "screening"},
    {"tech screen", "screening"},
    {"technical screen", "screening"},
    {"screening", "screening"},
    {"screen", "screening"},
    {"phone screen", "screening"},
    {"hr screen", "screening"},
    {"recruiter call", "screening"},
    {"oa", "screening"},
    {"online assessment", "screening"},
    {"assessment", "screening"},
    {"coding test", "screening"},
    {"test", "screening"},
    {"shortlisted", "screening"},
    {"interview", "interviewing"},
    {"interviewing", "interviewing"},
    {"interviews", "interviewing"},
    {"onsite", "interviewing"},
    {"on site", "interviewing"},
    {"tech interview", "interviewing"},
    {"technical interview", "interviewing"},
    {"final round", "interviewing"},
    {"technical round", "interviewing"},
    {"offer", "offer"},
    {"offered", "offer"},
    {"offer received", "offer"},
    {"accepted", "accepted"},
    {"offer accepted", "accepted"},
    {"joined", "accepted"},
    {"hired", "accepted"},
    {"rejected", "rejected"},
    {"rejection", "rejected"},
    {"not selected", "rejected"},
    {"declined by company", "rejected"},
    {"turned down", "rejected"},
    {"unsuccessful", "rejected"},
    {"ghosted", "ghosted"},
    {"no response", "ghosted"},
    {"no reply", "ghosted"},
    {"no answer", "ghosted"},
    {"no news", "ghosted"},
    {"withdrawn", "withdrawn"},
    {"withdrew", "withdrawn"},
    {"withdraw", "withdrawn"},
    {"declined", "withdrawn"},
    {"cancelled", "withdrawn"},
    {"canceled", "withdrawn"},
    {"not interested", "withdrawn"},
};

// Words that decide the stage when they appear inside longer text, checked
// from the furthest stage back ("offer after final interview" is an offer).
const Phrase keywords[] = {
    {"accepted", "accepted"},    {"joined", "accepted"},        {"hired", "accepted"},
    {"reject", "rejected"},      {"ghost", "ghosted"},          {"withdr", "withdrawn"},
    {"offer", "offer"},          {"interview", "interviewing"}, {"round", "interviewing"},
    {"assessment", "screening"}, {"screen", "screening"},       {"applied", "applied"},
    {"wishlist", "wishlist"},
};

// Whole words that decide the stage inside longer text ("OA received", "HR call
// scheduled"), where a substring test would be wrong ("oa" is inside "road").
const Phrase words[] = {
    {"oa", "screening"},        {"test", "screening"},  {"call", "screening"},
    {"phone", "screening"},     {"hr", "screening"},    {"challenge", "screening"},
    {"onsite", "interviewing"}, {"ongoing", "applied"}, {"pending", "applied"},
    {"progress", "applied"},    {"waiting", "applied"}, {"awaiting", "applied"},
};

} // namespace

QString StageTextParser::clean(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    return out.trimmed();
}

QString StageTextParser::parse(const QString& text)
{
    const QString t = clean(text);
    if (t.isEmpty())
        return QString();
    for (const Phrase& p : phrases) {
        if (t == QLatin1String(p.text))
            return QLatin1String(p.stage);
    }
    // "negative" wording before a stage word: "not selected after interview".
    if (t.contains(QLatin1String("not selected")) || t.contains(QLatin1String("no offer")))
        return QStringLiteral("rejected");
    for (const Phrase& k : keywords) {
        if (t.contains(QLatin1String(k.text)))
            return QLatin1String(k.stage);
    }
    const QStringList tokens = t.split(u' ');
    for (const Phrase& w : words) {
        if (tokens.contains(QLatin1String(w.text)))
            return QLatin1String(w.stage);
    }
    // Typos: a phrase of five letters or more within two edits ("rejectd",
    // "intervew", "reeejected"), for the whole text and then for each word.
    QStringList candidates{t};
    if (tokens.size() > 1)
        candidates += tokens;
    for (const QString& c : std::as_const(candidates)) {
        QString best;
        int bestDistance = 3;
        for (const Phrase& p : phrases) {
            const QString candidate = QLatin1String(p.text);
            if (candidate.size() < 5)
                continue;
            const int d = EditDistance::between(c, candidate);
            const int allowed = candidate.size() >= 8 ? 2 : 1;
            if (d <= allowed && d < bestDistance) {
                bestDistance = d;
                best = QLatin1String(p.stage);
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return QString();
}
