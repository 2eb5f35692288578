#include "ApplicationCsvImporter.h"

#include "ApplicationStore.h"
#include "DuplicateFinder.h"
#include "StageTextParser.h"
#include "io/CsvReader.h"
#include "io/DateParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApplicationCsvImporter", text);
}

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

bool yes(const QString& text)
{
    const QString t = StageTextParser::clean(text);
    return t == u"yes" || t == u"y" || t == u"true" || t == u"1" || t == u"remote" ||
           t.contains(QLatin1String("remote"));
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

ApplicationCsvImporter::Result
ApplicationCsvImporter::read(const QByteArray& bytes, const QString& fileName,
                             const QVector<Application>& existing, const QDate& today,
                             const QVector<ApplicationCsvMapping::Field>& mapping)
{
    using M = ApplicationCsvMapping;
    Result result;
    result.fileName = fileName;
    const CsvReader::Result csv = CsvReader::parse(bytes);
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
                          "Employer or Company Name)");
        return result;
    }

    QHash<QString, int> seen; // duplicate key → line
    for (const Application& a : existing)
        seen.insert(duplicateKey(a), 0);

    for (int r = 1; r < csv.rows.size(); ++r) {
        const CsvReader::Row& row = csv.rows[r];
        auto problem = [&](int column, const QString& message) {
            result.problems.append(
                {row.line, column >= 0 ? result.headers.value(column) : QString(), message});
        };
        if (const CsvReader::Error* e = csv.errorOn(row.line)) {
            problem(e->field - 1, e->message);
            continue;
        }
        bool extra = false;
        for (int c = int(result.headers.size()); c < row.fields.size(); ++c)
            extra = extra || !row.fields[c].trimmed().isEmpty();
        if (extra) {
            problem(-1, tr("%1 fields, but the header has %2; is a comma missing its quotes?")
                            .arg(row.fields.size())
                            .arg(result.headers.size()));
            continue;
        }
        bool blank = true;
        for (const QString& f : row.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank) {
            result.skipped.append({row.line, QString(), tr("empty row")});
            continue;
        }

        ApplicationRecord record;
        Application& a = record.application;
        QString status;
        int statusColumn = -1;
        QDate created;
        bool bad = false;
        for (int c = 0; c < result.mapping.size() && !bad; ++c) {
            const QString value = row.fields.value(c).trimmed();
            if (value.isEmpty())
                continue;
            const auto date = [&](QDate* target) {
                *target = DateParser::parse(value);
                if (!target->isValid()) {
                    problem(c, tr("cannot read \"%1\" as a date").arg(value));
                    bad = true;
                }
            };
            const auto lpa = [&](double* target) {
                *target = parseLpa(value);
                if (*target < 0) {
                    problem(c, tr("cannot read \"%1\" as a salary in LPA").arg(value));
                    bad = true;
                }
            };
            switch (result.mapping[c]) {
            case M::Company:
                a.company = value.simplified();
                break;
            case M::Role:
                a.role = value.simplified();
                break;
            case M::Stage:
                status = value;
                statusColumn = c;
                break;
            case M::AppliedOn:
                date(&a.appliedOn);
                break;
            case M::CreatedAt:
                date(&created);
                break;
            case M::FollowUpOn:
                date(&a.followUpOn);
                break;
            case M::Link:
                a.link = value;
                break;
            case M::Source:
                a.source = value.simplified();
                break;
            case M::Location:
                a.location = value.simplified();
                if (yes(value))
                    a.remote = true;
                break;
            case M::Remote:
                a.remote = yes(value);
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
            case M::Ignore:
            case M::FieldCount:
                break;
            }
        }
        if (bad)
            continue;
        if (a.company.isEmpty()) {
            problem(companyColumn, tr("no company"));
            continue;
        }
        if (!a.appliedOn.isValid())
            a.appliedOn = created;
        if (status.isEmpty()) {
            a.stage =
                a.appliedOn.isValid() ? QStringLiteral("applied") : QStringLiteral("wishlist");
        } else {
            a.stage = StageTextParser::parse(status);
            if (a.stage.isEmpty()) {
                problem(statusColumn, tr("cannot tell which stage \"%1\" means").arg(status));
                continue;
            }
        }
        // The file does not say when the stage was reached; the applied date is the best guess.
        a.stageSince = a.appliedOn.isValid() ? a.appliedOn : today;
        const QString key = duplicateKey(a);
        if (seen.contains(key)) {
            const int first = seen.value(key);
            result.skipped.append(
                {row.line, QString(),
                 first > 0 ? tr("duplicate of line %1").arg(first)
                           : tr("already in the planner (%1 — %2)").arg(a.company, a.role)});
            continue;
        }
        seen.insert(key, row.line);
        result.rows.append({row.line, record});
    }
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

bool ApplicationCsvImporter::commit(ApplicationStore& store, const Result& result, QString* error)
{
    if (store.addMany(records(result)))
        return true;
    if (error)
        *error = store.lastError();
    return false;
}
