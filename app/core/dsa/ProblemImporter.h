#pragma once

#include "core/dsa/CatalogueReader.h"
#include "core/dsa/ProblemRecord.h"

#include <QSet>

// Turns a read catalogue into a preview (new problems, duplicates matched by
// slug, rows that could not be read) and the records an import writes
// (ReplaceProblemsCommand::run writes them in one transaction).
class ProblemImporter
{
public:
    struct Preview
    {
        QVector<CatalogueReader::Row> toAdd;
        QVector<CatalogueReader::Row> duplicates; // already logged, or twice in the file
        QVector<ImportIssue> issues;              // rows that cannot be imported
        QVector<ImportIssue> warnings;            // rows imported with something odd recovered
    };

    // existingKeys: ProblemStore::duplicateKeys().
    static Preview preview(const CatalogueReader::Result& read, const QSet<QString>& existingKeys);
    // The records an import writes (solved rows get their attempt and review).
    static QVector<ProblemRecord> records(const Preview& preview, const QDate& today);
    // What a row becomes, for a dry run: "Two Sum · easy · Array, Hash Table · todo".
    static QString describe(const Problem& problem);
};
