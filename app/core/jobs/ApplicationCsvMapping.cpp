#include "ApplicationCsvMapping.h"

#include "core/jobs/StageTextParser.h"

#include <QCoreApplication>

namespace {
struct Synonym
{
    const char* key;
    ApplicationCsvMapping::Field field;
};
using F = ApplicationCsvMapping;
const Synonym synonyms[] = {
    {"company", F::Company},
    {"employer", F::Company},
    {"companyname", F::Company},
    {"organisation", F::Company},
    {"organization", F::Company},
    {"firm", F::Company},
    {"role", F::Role},
    {"title", F::Role},
    {"jobtitle", F::Role},
    {"position", F::Role},
    {"jobposition", F::Role},
    {"positiontitle", F::Role},
    {"roletitle", F::Role},
    {"jobrole", F::Role},
    {"designation", F::Role},
    {"job", F::Role},
    {"date", F::AppliedOn},
    {"applieddate", F::AppliedOn},
    {"applicationdate", F::AppliedOn},
    {"dateapplied", F::AppliedOn},
    {"appliedon", F::AppliedOn},
    {"applied", F::AppliedOn},
    {"createdat", F::CreatedAt},
    {"created", F::CreatedAt},
    {"dateadded", F::CreatedAt},
    {"datesaved", F::CreatedAt},
    {"datecreated", F::CreatedAt},
    {"status", F::Stage},
    {"result", F::Stage},
    {"stage", F::Stage},
    {"list", F::Stage},
    {"state", F::Stage},
    {"currentstatus", F::Stage},
    {"applicationstatus", F::Stage},
    {"currentstage", F::Stage},
    {"stagehistory", F::StageHistory},
    {"statushistory", F::StageHistory},
    {"history", F::StageHistory},
    {"url", F::Link},
    {"link", F::Link},
    {"applicationurl", F::Link},
    {"joburl", F::Link},
    {"joblink", F::Link},
    {"postingurl", F::Link},
    {"jobposturl", F::Link},
    {"posturl", F::Link},
    {"jobpostingurl", F::Link},
    {"source", F::Source},
    {"jobsource", F::Source},
    {"platform", F::Source},
    {"via", F::Source},
    {"site", F::Source},
    {"jobboard", F::Source},
    {"location", F::Location},
    {"city", F::Location},
    {"place", F::Location},
    {"remote", F::Remote},
    {"workmode", F::Remote},
    {"worktype", F::Remote},
    {"workplace", F::Remote},
    {"workplacetype", F::Remote},
    {"locationtype", F::Remote},
    {"companytype", F::CompanyType},
    {"type", F::CompanyType},
    {"notes", F::Notes},
    {"note", F::Notes},
    {"comments", F::Notes},
    {"comment", F::Notes},
    {"description", F::Description},
    {"jobdescription", F::Description},
    {"jd", F::Description},
    {"skills", F::Skills},
    {"skillsasked", F::Skills},
    {"followup", F::FollowUpOn},
    {"followupdate", F::FollowUpOn},
    {"nextfollowup", F::FollowUpOn},
    {"followupon", F::FollowUpOn},
    {"salary", F::SalaryAdvertised},
    {"salaryadvertised", F::SalaryAdvertised},
    {"advertisedsalary", F::SalaryAdvertised},
    {"ctc", F::SalaryAdvertised},
    {"salaryrange", F::SalaryAdvertised},
    {"compensation", F::SalaryAdvertised},
    {"package", F::SalaryAdvertised},
    {"salaryexpected", F::SalaryExpected},
    {"expectedsalary", F::SalaryExpected},
    {"expectedctc", F::SalaryExpected},
    {"salaryoffered", F::SalaryOffered},
    {"offeredsalary", F::SalaryOffered},
    {"offer", F::SalaryOffered},
    {"offeredctc", F::SalaryOffered},
};
} // namespace

QString ApplicationCsvMapping::headerKey(const QString& header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    // "Salary (LPA)", "Date Applied ✅": units and decoration do not change the field.
    if (key.endsWith(QLatin1String("lpa")) && key.size() > 3)
        key.chop(3);
    return key;
}

ApplicationCsvMapping::Field ApplicationCsvMapping::fieldForHeader(const QString& header)
{
    const QString key = headerKey(header);
    for (const Synonym& s : synonyms) {
        if (key == QLatin1String(s.key))
            return s.field;
    }
    return Ignore;
}

QString ApplicationCsvMapping::stageOfColumn(const QString& header)
{
    return StageTextParser::parse(header);
}

namespace {
// Tracker exports, told apart by headers no hand-made sheet is likely to share.
struct Preset
{
    const char* name;
    std::initializer_list<const char*> keys; // every one must be present
};
const Preset presets[] = {
    {"JobSync", {"jobtitle", "jobsource", "applieddate"}},
    {"Teal", {"jobposition", "excitement"}},
    {"Teal", {"jobposition", "datesaved"}},
    {"Huntr", {"company", "list", "title"}},
    {"Huntr", {"company", "list", "jobtitle"}},
    {"Simplify", {"company", "jobtitle", "status", "dateapplied", "joburl"}},
};
} // namespace

QString ApplicationCsvMapping::presetName(const QStringList& headers)
{
    QStringList keys;
    for (const QString& h : headers)
        keys.append(headerKey(h));
    for (const Preset& p : presets) {
        bool all = true;
        for (const char* key : p.keys)
            all = all && keys.contains(QLatin1String(key));
        if (all)
            return QLatin1String(p.name);
    }
    return QString();
}

QVector<ApplicationCsvMapping::Field> ApplicationCsvMapping::mapHeaders(const QStringList& headers)
{
    const bool jobSync = presetName(headers) == u"JobSync";
    QVector<Field> fields;
    QVector<bool> taken(FieldCount, false);
    // Specific headers win over generic ones: "Applied Date" over "Applied".
    QVector<Field> wanted;
    for (const QString& h : headers) {
        Field f = fieldForHeader(h);
        const QString key = headerKey(h);
        // A column the synonyms do not know, named after a stage, says whether
        // that stage was reached.
        if (f == Ignore && !stageOfColumn(h).isEmpty())
            f = StageColumn;
        // JobSync's "applied" is a yes/no flag and "jobType" is full-time/part-time.
        if (jobSync && (key == u"applied" || key == u"jobtype" || key == u"index"))
            f = Ignore;
        wanted.append(f);
    }
    // "Name" is the company when no column is called so (a tracker's export).
    if (!wanted.contains(Company)) {
        for (int i = 0; i < headers.size(); ++i) {
            const QString key = headerKey(headers[i]);
            if (wanted[i] == Ignore && (key == u"name" || key == u"companyname")) {
                wanted[i] = Company;
                break;
            }
        }
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (wanted[i] == AppliedOn && headerKey(headers[i]) == u"applied") {
            for (int j = 0; j < headers.size(); ++j) {
                if (j != i && wanted[j] == AppliedOn)
                    wanted[i] = Ignore;
            }
        }
    }
    for (Field f : std::as_const(wanted)) {
        if (f != Ignore && f != StageColumn && taken[f])
            f = Ignore;
        taken[f] = true;
        fields.append(f);
    }
    return fields;
}

QString ApplicationCsvMapping::fieldName(Field field)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "(ignore)"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Company"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Role"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Stage"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Applied on"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Created on"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Job link"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Source"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Location"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Remote"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Company type"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Notes"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Job description"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Skills asked"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Follow up on"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Salary advertised (LPA)"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Salary expected (LPA)"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Salary offered (LPA)"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Stage history"),
        QT_TRANSLATE_NOOP("ApplicationCsvMapping", "Stage reached (yes/no)"),
    };
    static_assert(sizeof(names) / sizeof(names[0]) == FieldCount);
    return QCoreApplication::translate("ApplicationCsvMapping", names[field]);
}
