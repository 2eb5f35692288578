#include "ApplicationCsvImporter.h"

#include "core/io/CsvReader.h"
#include "core/io/DateParser.h"
#include "core/jobs/DuplicateFinder.h"
#include "core/jobs/StageTextParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString companyTypeFrom(const QString& text)
{
    const QString t = StageTextParser::clean(text);
    if (t.isEmpty())
        return QStringLiteral("other");
    if (t.contains(QLatin1String("service")) || t.contains(QLatin1String("consult")) ||
        t.contains(QLatin1String("outsourc")))
        return QStringLiteral("service");
    if (t.contains(QLatin1String("startup")) || t.contains(QLatin1String("start up")))
        return QStringLiteral("startup");
    if (t.contains(QLatin1String("product")))
        return QStringLiteral("product");
    return QStringLiteral("other");
}

QString duplicateKey(const Application& a)
{
    return DuplicateFinder::normalizeCompany(a.company) + u'|' +
           DuplicateFinder::normalizeRole(a.role) + u'|' + a.appliedOn.toString(Qt::ISODate);
}
} // namespace

double ApplicationCsvImporter::parseLpa(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return 0;
    static const QRegularExpression decoration(
        QStringLiteral("(₹|rs\\.?|inr|lpa|lakhs?|l\\b|p\\.?a\\.?|\\s)"));
    t.remove(decoration);
    t.remove(u',');
    bool ok = false;
    double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return -1;
    // Rupees a year rather than lakhs.
    if (v >= 10000)
        v /= 100000.0;
    return v;
}

bool ApplicationCsvImporter::parseLpaRange(const QString& text, double* low, double* high)
{
    const double single = parseLpa(text);
    if (single >= 0) {
        *low = *high = single;
        return true;
    }
    static const QRegularExpression between(QStringLiteral("\\s*(?:-|–|—|\\bto\\b)\\s*"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(between, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    // "8-10 LPA": the unit is written once, after the upper end.
    double a = parseLpa(parts[0]);
    double b = parseLpa(parts[1]);
    if (a < 0 || b < 0)
        return false;
    if (b >= 100 && a < 100) // "8-10,00,000"? no: rupees at one end only would be a typo
        return false;
    *low = std::min(a, b);
    *high = std::max(a, b);
    return true;
}

namespace {
QDate readDate(const QString& text, const QDate& today)
{
    const QDate d = DateParser::parse(text);
    return d.isValid() ? d : DateParser::parseRelative(text, today);
}

// One "stage + date" piece of a history, in either order, with any decoration.
bool readEvent(const QString& piece, const QDate& today, StageEvent* event)
{
    static const QRegularExpression decoration(QStringLiteral("[(){}\\[\\]:@]|\\bon\\b"));
    QString t = piece;
    t.replace(decoration, QStringLiteral(" "));
    const QStringList words = t.simplified().split(u' ', Qt::SkipEmptyParts);
    // Try every split into a date and a stage; dates are at one end.
    for (int cut = 1; cut < words.size(); ++cut) {
        const QString head = words.mid(0, cut).join(u' ');
        const QString tail = words.mid(cut).join(u' ');
        for (const auto& [date, stage] : {std::pair{head, tail}, std::pair{tail, head}}) {
            const QDate d = readDate(date, today);
            const QString s = StageTextParser::parse(stage);
            if (d.isValid() && !s.isEmpty()) {
                event->changedOn = d;
                event->toStage = s;
                return true;
            }
        }
    }
    return false;
}
} // namespace

QVector<StageEvent> ApplicationCsvImporter::parseStageHistory(const QString& text,
                                                              const QDate& today, QString* unread)
{
    QVector<StageEvent> events;
    QStringList unreadPieces;
    const QString trimmed = text.trimmed();
    bool readAsJson = false;
    if (trimmed.startsWith(u'[') || trimmed.startsWith(u'{')) {
        // JSON as trackers write it; Python's repr (single quotes) is common too.
        QByteArray json = trimmed.toUtf8();
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            json.replace('\'', '"');
            doc = QJsonDocument::fromJson(json, &error);
        }
        if (error.error == QJsonParseError::NoError) {
            const QJsonArray list = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            for (const QJsonValue& v : list) {
                const QJsonObject o = v.toObject();
                const QString stageText =
                    o.value(QLatin1String("stage"))
                        .toString(o.value(QLatin1String("status"))
                                      .toString(o.value(QLatin1String("name")).toString()));
                const QString dateText =
                    o.value(QLatin1String("date"))
                        .toString(o.value(QLatin1String("changedOn"))
                                      .toString(o.value(QLatin1String("at")).toString()));
                StageEvent e;
                e.toStage = StageTextParser::parse(stageText);
                e.changedOn = readDate(dateText, today);
                if (e.toStage.isEmpty() || !e.changedOn.isValid())
                    unreadPieces.append(
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                else
                    events.append(e);
            }
            readAsJson = !list.isEmpty();
        }
    }
    if (!readAsJson) {
        static const QRegularExpression separators(
            QStringLiteral("\\s*(?:[;|\\n→]|->|>|,\\s+(?=\\D))\\s*"));
        for (const QString& piece : trimmed.split(separators, Qt::SkipEmptyParts)) {
            StageEvent e;
            if (readEvent(piece, today, &e))
                events.append(e);
            else
                unreadPieces.append(piece.trimmed());
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const StageEvent& a, const StageEvent& b) {
        return a.changedOn < b.changedOn;
    });
    for (int i = 0; i < events.size(); ++i)
        events[i].fromStage = i > 0 ? events[i - 1].toStage : QString();
    if (unread)
        *unread = unreadPieces.join(QStringLiteral("; "));
    return events;
}

QString ApplicationCsvImporter::describe(const Application& a)
{
    QStringList parts{a.company};
    parts.append(a.role.isEmpty() ? tr("(no role)") : a.role);
    parts.append(a.stage);
    parts.append(a.appliedOn.isValid() ? a.appliedOn.toString(Qt::ISODate) : tr("(no date)"));
    if (a.salaryAdvertised > 0)
        parts.append(tr("%1 LPA").arg(a.salaryAdvertised));
    if (a.remote)
        parts.append(tr("remote"));
    return parts.join(QStringLiteral(" · "));
}

namespace {
using M = ApplicationCsvMapping;

bool remoteWord(const QString& text)
{
    const QString t = StageTextParser::clean(text);
    static const QStringList words = {QStringLiteral("remote"), QStringLiteral("wfh"),
                                      QStringLiteral("hybrid"), QStringLiteral("anywhere")};
    const QStringList tokens = t.split(u' ');
    for (const QString& w : words) {
        if (tokens.contains(w))
            return true;
    }
    return t.contains(QLatin1String("work from home"));
}

bool yes(const QString& text)
{
    const QString t = StageTextParser::clean(text);
    return t == u"yes" || t == u"y" || t == u"true" || t == u"1" || remoteWord(text);
}

// How a column named after a stage answers "was it reached?".
enum class Reached
{
    Yes,
    No,
    Expired,
    Unknown
};
Reached reachedFrom(const QString& text)
{
    const QString t = StageTextParser::clean(text);
    static const QStringList yesWords = {
        QStringLiteral("yes"),    QStringLiteral("y"),       QStringLiteral("true"),
        QStringLiteral("1"),      QStringLiteral("x"),       QStringLiteral("done"),
        QStringLiteral("passed"), QStringLiteral("cleared"), QStringLiteral("completed"),
        QStringLiteral("given"),  QStringLiteral("attended")};
    static const QStringList noWords = {QStringLiteral("no"),    QStringLiteral("n"),
                                        QStringLiteral("false"), QStringLiteral("0"),
                                        QStringLiteral("na"),    QStringLiteral("n a"),
                                        QStringLiteral("none"),  QStringLiteral("not yet")};
    if (yesWords.contains(t) || text.trimmed() == u"✓" || text.trimmed() == u"✔")
        return Reached::Yes;
    if (noWords.contains(t) || t.isEmpty())
        return Reached::No;
    if (t == u"expired" || t == u"missed")
        return Reached::Expired;
    return Reached::Unknown;
}

// A row read, before the years of year-less dates and duplicates are settled.
struct Pending
{
    int line = 0;
    ApplicationRecord record;
    QString status;
    int statusColumn = -1;
    QDate created;
    QVector<StageEvent> events; // from the history and the stage-named columns
    QStringList kept;           // "Header: text" lines that go into the notes
    // A year-less applied date waiting for its neighbours: month, day, column.
    int month = 0, day = 0, yearColumn = -1;
};
} // namespace

ApplicationCsvImporter::Result
ApplicationCsvImporter::read(const QByteArray& bytes, const QString& fileName,
                             const QVector<Application>& existing, const QDate& today,
                             const QVector<ApplicationCsvMapping::Field>& mapping)
{
    Result result;
    result.fileName = fileName;
    // Lenient: a stray quote costs neither the row nor the rest of the file.
    const CsvReader::Result csv = CsvReader::parse(bytes, u',', CsvReader::Mode::Lenient);
    if (csv.rows.isEmpty()) {
        result.fatal = tr("the file has no header row");
        return result;
    }
    if (const CsvReader::Error* e = csv.errorOn(csv.rows.first().line)) {
        result.fatal = tr("line %1: the header row is malformed: %2").arg(e->line).arg(e->message);
        return result;
    }
    result.headers = csv.rows.first().fields;
    for (QString& h : result.headers)
        h = h.trimmed();
    result.preset = M::presetName(result.headers);
    result.mapping =
        mapping.size() == result.headers.size() ? mapping : M::mapHeaders(result.headers);
    const int companyColumn = int(result.mapping.indexOf(M::Company));
    if (companyColumn < 0) {
        result.fatal = tr("no column names the company (expected a header such as Company, "
                          "Employer, Company Name or Name)");
        return result;
    }

    QVector<Pending> pending;
    for (int r = 1; r < csv.rows.size(); ++r) {
        const CsvReader::Row& row = csv.rows[r];
        const auto header = [&](int column) {
            return column >= 0 ? result.headers.value(column) : QString();
        };
        bool blank = true;
        for (const QString& f : row.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank) {
            result.skipped.append({row.line, QString(), tr("empty row")});
            continue;
        }
        Pending p;
        p.line = row.line;
        const auto warn = [&](int column, const QString& message) {
            result.warnings.append({row.line, header(column), message});
        };
        const auto keep = [&](int column, const QString& value) {
            p.kept.append(header(column) + QStringLiteral(": ") + value);
        };
        if (const CsvReader::Error* e = csv.errorOn(row.line))
            warn(e->field - 1, tr("%1; the text was read as written").arg(e->message));
        QStringList extra;
        for (int c = int(result.headers.size()); c < row.fields.size(); ++c) {
            if (!row.fields[c].trimmed().isEmpty())
                extra.append(row.fields[c].trimmed());
        }
        if (!extra.isEmpty()) {
            warn(-1, tr("%1 fields, but the header has %2 (is a comma missing its quotes?); the "
                        "extra text is kept in the notes")
                         .arg(row.fields.size())
                         .arg(result.headers.size()));
            p.kept.append(tr("Extra fields: %1").arg(extra.join(QStringLiteral(" | "))));
        }

        Application& a = p.record.application;
        for (int c = 0; c < result.mapping.size(); ++c) {
            const QString value = row.fields.value(c).trimmed();
            if (value.isEmpty())
                continue;
            const auto date = [&](QDate* target, bool yearFromNeighbours) {
                *target = readDate(value, today);
                if (target->isValid())
                    return;
                int month = 0;
                int day = 0;
                if (yearFromNeighbours && DateParser::parseWithoutYear(value, &month, &day)) {
                    p.month = month;
                    p.day = day;
                    p.yearColumn = c;
                    return;
                }
                // "8/3/2019 and 9/9/2019": the first date, and the whole text kept.
                static const QRegularExpression several(
                    QStringLiteral("\\s*(?:\\band\\b|&|;|,|\\bor\\b)\\s*"),
                    QRegularExpression::CaseInsensitiveOption);
                const QStringList pieces = value.split(several, Qt::SkipEmptyParts);
                if (pieces.size() > 1 && (*target = readDate(pieces.first(), today)).isValid()) {
                    warn(c, tr("\"%1\" holds several dates; the first is used and the text is "
                               "kept in the notes")
                                .arg(value));
                } else {
                    warn(c, tr("cannot read \"%1\" as a date; imported without it, the text is "
                               "kept in the notes")
                                .arg(value));
                }
                keep(c, value);
            };
            const auto lpa = [&](double* target) {
                double low = 0;
                double high = 0;
                if (!parseLpaRange(value, &low, &high)) {
                    warn(c, tr("cannot read \"%1\" as a salary in LPA; the text is kept in the "
                               "notes")
                                .arg(value));
                    keep(c, value);
                    return;
                }
                *target = low;
                if (high > low) // the range itself is the user's, so it stays in view
                    keep(c, value);
            };
            switch (result.mapping[c]) {
            case M::Company:
                a.company = value.simplified();
                break;
            case M::Role:
                a.role = value.simplified();
                break;
            case M::Stage:
                p.status = value;
                p.statusColumn = c;
                break;
            case M::AppliedOn:
                date(&a.appliedOn, true);
                break;
            case M::CreatedAt:
                date(&p.created, false);
                break;
            case M::FollowUpOn:
                date(&a.followUpOn, false);
                break;
            case M::Link:
                a.link = value;
                break;
            case M::Source:
                a.source = value.simplified();
                break;
            case M::Location:
                a.location = value.simplified();
                if (remoteWord(value))
                    a.remote = true;
                break;
            case M::Remote:
                a.remote = yes(value);
                if (!a.remote && StageTextParser::clean(value) != u"no" &&
                    StageTextParser::clean(value) != u"false")
                    keep(c, value); // "Onsite", "Office": said, so kept
                break;
            case M::CompanyType:
                a.companyType = companyTypeFrom(value);
                break;
            case M::Notes:
                a.notes = value;
                break;
            case M::Description:
                a.description = value;
                break;
            case M::Skills:
                a.skillsAsked = value.simplified();
                break;
            case M::SalaryAdvertised:
                lpa(&a.salaryAdvertised);
                break;
            case M::SalaryExpected:
                lpa(&a.salaryExpected);
                break;
            case M::SalaryOffered:
                lpa(&a.salaryOffered);
                break;
            case M::StageHistory: {
                QString unread;
                p.events += parseStageHistory(value, today, &unread);
                if (!unread.isEmpty()) {
                    warn(c, tr("cannot read \"%1\" as a stage and a date; the text is kept in "
                               "the notes")
                                .arg(unread));
                    keep(c, unread);
                }
                break;
            }
            case M::StageColumn: {
                const QString stage = M::stageOfColumn(header(c));
                const QDate when = readDate(value, today);
                const Reached reached = when.isValid() ? Reached::Yes : reachedFrom(value);
                if (reached == Reached::Yes || reached == Reached::Expired)
                    p.events.append({0, 0, QString(), stage, when});
                if (reached == Reached::Expired || reached == Reached::Unknown)
                    keep(c, value);
                break;
            }
            case M::Ignore:
            case M::FieldCount:
                break;
            }
        }
        if (a.company.isEmpty()) {
            result.problems.append({row.line, header(companyColumn), tr("no company")});
            continue;
        }
        pending.append(p);
    }

    // A date without a year takes it from the nearest row that has one (a
    // sheet is usually kept in order), else from today.
    // The nearest dated row before and after each row, found in two passes.
    const int count = int(pending.size());
    const auto dated = [&pending](int j) {
        return pending[j].yearColumn < 0 && pending[j].record.application.appliedOn.isValid();
    };
    QVector<int> before(count, -1);
    QVector<int> after(count, -1);
    for (int j = 1; j < count; ++j)
        before[j] = dated(j - 1) ? j - 1 : before[j - 1];
    for (int j = count - 2; j >= 0; --j)
        after[j] = dated(j + 1) ? j + 1 : after[j + 1];
    for (int i = 0; i < count; ++i) {
        Pending& p = pending[i];
        if (p.yearColumn < 0)
            continue;
        const int b = before[i];
        const int f = after[i];
        const int nearest = b < 0 ? f : f < 0 ? b : (i - b <= f - i ? b : f);
        const QDate near = nearest >= 0 ? pending[nearest].record.application.appliedOn : QDate();
        const QDate when = DateParser::nearest(p.month, p.day, near.isValid() ? near : today);
        p.record.application.appliedOn = when;
        result.warnings.append(
            {p.line, result.headers.value(p.yearColumn),
             (near.isValid() ? tr("no year; %1 is taken from the neighbouring rows")
                             : tr("no year; %1 is taken from today"))
                 .arg(when.year())});
    }

    QHash<QString, int> seen; // duplicate key → line
    for (const Application& a : existing)
        seen.insert(duplicateKey(a), 0);
    QHash<QString, QVector<int>> sameDay; // company and date → indexes into result.rows

    for (Pending& p : pending) {
        Application& a = p.record.application;
        const auto warn = [&](int column, const QString& message) {
            result.warnings.append(
                {p.line, column >= 0 ? result.headers.value(column) : QString(), message});
        };
        if (!a.appliedOn.isValid())
            a.appliedOn = p.created;
        a.stage.clear(); // an Application starts as "applied"; the file decides here
        if (!p.status.isEmpty()) {
            a.stage = StageTextParser::parse(p.status);
            if (a.stage.isEmpty()) {
                a.stage = QStringLiteral("applied");
                warn(p.statusColumn,
                     tr("cannot tell which stage \"%1\" means; imported as applied, the text is "
                        "kept in the notes")
                         .arg(p.status));
                p.kept.append(result.headers.value(p.statusColumn) + QStringLiteral(": ") +
                              p.status);
            }
        }
        // The history: what the file says happened, dated where it says so.
        QVector<StageEvent>& events = p.events;
        const QDate fallback = a.appliedOn.isValid() ? a.appliedOn : today;
        for (StageEvent& e : events) {
            if (!e.changedOn.isValid())
                e.changedOn = fallback;
        }
        std::stable_sort(
            events.begin(), events.end(),
            [](const StageEvent& x, const StageEvent& y) { return x.changedOn < y.changedOn; });
        if (a.stage.isEmpty())
            a.stage = !events.isEmpty()       ? events.last().toStage
                      : a.appliedOn.isValid() ? QStringLiteral("applied")
                                              : QStringLiteral("wishlist");
        if (!events.isEmpty()) {
            const QString first = events.first().toStage;
            if (a.appliedOn.isValid() && first != u"applied" && first != u"wishlist" &&
                a.appliedOn <= events.first().changedOn)
                events.prepend({0, 0, QString(), QStringLiteral("applied"), a.appliedOn});
            if (events.last().toStage != a.stage)
                events.append({0, 0, QString(), a.stage, events.last().changedOn});
            // Two columns naming one stage ("Coding Challenge", "Phone") are one event.
            events.erase(std::unique(events.begin(), events.end(),
                                     [](const StageEvent& x, const StageEvent& y) {
                                         return x.toStage == y.toStage;
                                     }),
                         events.end());
            for (int i = 0; i < events.size(); ++i)
                events[i].fromStage = i > 0 ? events[i - 1].toStage : QString();
            p.record.history = events;
        }
        // The file does not say when the stage was reached; the last event or the
        // applied date is the best guess.
        a.stageSince = !events.isEmpty() ? events.last().changedOn : fallback;
        if (!p.kept.isEmpty())
            a.notes = (a.notes.isEmpty() ? QString() : a.notes + QStringLiteral("\n\n")) +
                      p.kept.join(u'\n');

        const QString key = duplicateKey(a);
        if (seen.contains(key)) {
            const int first = seen.value(key);
            result.skipped.append(
                {p.line, QString(),
                 first > 0 ? tr("duplicate of line %1 (same company, role and date)").arg(first)
                           : tr("already in the planner (%1 — %2)").arg(a.company, a.role)});
            continue;
        }
        seen.insert(key, p.line);
        // Another role at the same company on the same day is imported too, but said.
        const QString dayKey =
            DuplicateFinder::normalizeCompany(a.company) + u'|' + a.appliedOn.toString(Qt::ISODate);
        for (int other : sameDay.value(dayKey)) {
            const Row& o = result.rows[other];
            const QString r1 = DuplicateFinder::normalizeRole(a.role);
            const QString r2 = DuplicateFinder::normalizeRole(o.record.application.role);
            if (!r1.isEmpty() && !r2.isEmpty() && (r1.contains(r2) || r2.contains(r1)))
                warn(-1, tr("a similar role (%1) at %2 on the same day is on line %3; both are "
                            "imported")
                             .arg(o.record.application.role, a.company)
                             .arg(o.line));
        }
        sameDay[dayKey].append(int(result.rows.size()));
        result.rows.append({p.line, p.record});
    }
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const ImportIssue& x, const ImportIssue& y) { return x.line < y.line; });
    return result;
}

QVector<ApplicationRecord> ApplicationCsvImporter::records(const Result& result)
{
    QVector<ApplicationRecord> list;
    list.reserve(result.rows.size());
    for (const Row& r : result.rows)
        list.append(r.record);
    return list;
}
