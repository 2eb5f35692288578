#include "ProblemImporter.h"

#include "core/dsa/ProblemEdits.h"

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

QString ProblemImporter::describe(const Problem& p)
{
    QStringList parts{p.title, Problem::difficultyKey(p.difficulty)};
    if (!p.topics.isEmpty())
        parts.append(p.topics.join(QStringLiteral(", ")));
    parts.append(Problem::statusKey(p.status));
    if (p.solvedOn.isValid())
        parts.append(p.solvedOn.toString(Qt::ISODate));
    return parts.join(QStringLiteral(" · "));
}
