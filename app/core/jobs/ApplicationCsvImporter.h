#pragma once

#include "ApplicationCsvMapping.h"
#include "ApplicationRecord.h"
#include "io/ImportIssue.h"

#include <QDate>
#include <QStringList>
#include <QVector>

class ApplicationStore;

// Reads a CSV of applications into records, row by row, without writing:
// every row becomes a record, a problem (it cannot be imported: no company, a
// date or status that means nothing, a malformed CSV record), or a skipped
// duplicate — never silently dropped. commit() then writes the records in one
// transaction, all or nothing.
class ApplicationCsvImporter
{
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
        QVector<ImportIssue> skipped;  // duplicates and empty rows, left out on purpose
        QString fatal;                 // the file as a whole cannot be read
        bool ok() const { return fatal.isEmpty() && problems.isEmpty(); }
    };

    // `existing` are the applications already stored (for duplicates);
    // `mapping` overrides the automatic one when not empty.
    static Result read(const QByteArray& bytes, const QString& fileName,
                       const QVector<Application>& existing, const QDate& today,
                       const QVector<ApplicationCsvMapping::Field>& mapping = {});
    static bool commit(ApplicationStore& store, const Result& result, QString* error);
    static QVector<ApplicationRecord> records(const Result& result);
    // "12", "12.5 LPA", "12L", "₹12,00,000" (rupees a year) → LPA; -1 when unreadable.
    static double parseLpa(const QString& text);
};
