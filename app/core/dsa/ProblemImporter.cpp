#include "ProblemImporter.h"

#include "ProblemEdits.h"
#include "ProblemStore.h"

#include <QCoreApplication>

ProblemImporter::Preview ProblemImporter::preview(const CatalogueReader::Result& read,
                                                  const QSet<QString>& existingKeys)
{
    Preview p;
    p.issues = read.issues;
    p.warnings = read.warnings;
    QSet<QString> seen = existingKeys;
    for (const CatalogueReader::Row& row : read.rows) {
        const QString titleKey = Problem::slugify(row.problem.title);
        if (seen.contains(row.problem.slug) || seen.contains(titleKey)) {
            p.duplicates.append(row);
            continue;
        }
        seen.insert(row.problem.slug);
        seen.insert(titleKey);
        p.toAdd.append(row);
    }
    return p;
}

QVector<ProblemRecord> ProblemImporter::records(const Preview& preview, const QDate& today)
{
    QVector<ProblemRecord> result;
    result.reserve(preview.toAdd.size());
    for (const CatalogueReader::Row& row : preview.toAdd)
        result.append(ProblemEdits::newRecord(row.problem, today));
    return result;
}

bool ProblemImporter::write(const Preview& preview, bool skipBadRows, ProblemStore& store,
                            const QDate& today, QString* error)
{
    if (!preview.issues.isEmpty() && !skipBadRows) {
        *error = QCoreApplication::translate("ProblemImporter", "line %1: %2: nothing was imported")
                     .arg(preview.issues.first().line)
                     .arg(preview.issues.first().field.isEmpty()
                              ? preview.issues.first().message
                              : preview.issues.first().field + QStringLiteral(": ") +
                                    preview.issues.first().message);
        return false;
    }
    QVector<ProblemRecord> toWrite = records(preview, today);
    if (toWrite.isEmpty())
        return true;
    if (!store.replace({}, toWrite)) {
        *error = QCoreApplication::translate("ProblemImporter",
                                             "could not write the problems (%1): nothing was "
                                             "imported")
                     .arg(store.errorString());
        return false;
    }
    return true;
}
