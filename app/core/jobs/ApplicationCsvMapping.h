#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Which application field each CSV column holds. Headers are matched by
// synonyms whatever their case, spacing or punctuation (Company / Employer /
// Company Name; Role / Title / Job Title / Position; Date / Applied Date /
// Application Date; Status / Result / Stage / List; URL / Link / Application
// URL …), and known tracker exports (Huntr, Teal, Simplify, JobSync) are
// recognised as presets. "Name" is the company when no other column is.
class ApplicationCsvMapping
{
public:
    enum Field
    {
        Ignore,
        Company,
        Role,
        Stage,
        AppliedOn,
        CreatedAt, // used as the applied date when there is no other
        Link,
        Source,
        Location,
        Remote,
        CompanyType,
        Notes,
        Description,
        Skills,
        FollowUpOn,
        SalaryAdvertised,
        SalaryExpected,
        SalaryOffered,
        StageHistory, // "2026-03-05 applied; 2026-03-09 screening", or a list of {stage, date}
        StageColumn,  // a column named after a stage ("Phone", "Onsite") holding yes/no/a date
        FieldCount
    };

    static Field fieldForHeader(const QString& header);
    // One field per column; a field claimed by an earlier column is ignored later.
    static QVector<Field> mapHeaders(const QStringList& headers);
    // The preset's name when the headers are a known tracker's export, else empty.
    static QString presetName(const QStringList& headers);
    static QString fieldName(Field field);
    static QString headerKey(const QString& header); // "Job Title " → "jobtitle"
    // The stage a StageColumn's header names ("Coding Challenge" → screening).
    static QString stageOfColumn(const QString& header);
};
