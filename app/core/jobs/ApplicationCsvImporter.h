#pragma once

#include "core/io/ImportIssue.h"
#include "core/jobs/ApplicationCsvMapping.h"
#include "core/jobs/ApplicationRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

// Reads a CSV of applications into records, row by row, without writing:
// every row becomes a record, a problem (it cannot be imported: it names no
// company), or a skipped duplicate (same company, role and date) — never
// silently dropped. A value that cannot be read does not cost the row: the
// application is imported without it, the text goes into its notes and a
// warning names the line and field. AddApplicationCommand::run then writes
// the records in one transaction, all or nothing.
class ApplicationCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationCsvImporter)

public:
    struct Row
    {
        int line = 0;
        ApplicationRecord record;
    };
    struct Result
    {
        QString fileName;
        QStringList headers;
        QVector<ApplicationCsvMapping::Field> mapping;
        QString preset;
        QVector<Row> rows;             // ready to import
        QVector<ImportIssue> problems; // rows that cannot be imported
        QVector<ImportIssue> warnings; // rows imported with a value kept in notes or guessed
        QVector<ImportIssue> skipped;  // duplicates and empty rows, left out on purpose
        QString fatal;                 // the file as a whole cannot be read
        bool ok() const { return fatal.isEmpty() && problems.isEmpty(); }
    };

    // `existing` are the applications already stored (for duplicates);
    // `mapping` overrides the automatic one when not empty.
    static Result read(const QByteArray& bytes, const QString& fileName,
                       const QVector<Application>& existing, const QDate& today,
                       const QVector<ApplicationCsvMapping::Field>& mapping = {});
    static QVector<ApplicationRecord> records(const Result& result);
    // "12", "12.5 LPA", "12L", "₹12,00,000" (rupees a year) → LPA; -1 when unreadable.
    static double parseLpa(const QString& text);
    // Also ranges ("8-10 LPA", "8 to 10 L"): the lower end in *low, the upper in *high.
    static bool parseLpaRange(const QString& text, double* low, double* high);
    // "2026-03-05 applied; 2026-03-09 screening" (the export's own format),
    // "Applied (5 Mar 2026) > Phone screen (9 Mar)", or a JSON list of
    // {"stage": …, "date": …} records. Events come back oldest first; a piece
    // that names no stage or date makes *unread non-empty.
    static QVector<StageEvent> parseStageHistory(const QString& text, const QDate& today,
                                                 QString* unread);
    // One line for a dry run or a preview: company, role, stage, date, salary.
    static QString describe(const Application& application);
};
