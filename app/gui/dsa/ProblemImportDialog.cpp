#include "ProblemImportDialog.h"

#include "core/dsa/ProblemModel.h"

#include <QLocale>
#include <QTreeWidget>
#include <algorithm>

ProblemImportDialog::ProblemImportDialog(const QString& fileName,
                                         const ProblemImporter::Preview& preview, QWidget* parent)
    : ImportPreviewDialog(tr("Import %1").arg(fileName), parent)
{
    setObjectName(QStringLiteral("problemImportDialog"));
    setSummary(tr("%n new problem(s)", "", int(preview.toAdd.size())) + tr(", ") +
               tr("%n duplicate(s) left out", "", int(preview.duplicates.size())) + tr(", ") +
               tr("%n row(s) that cannot be read.", "", int(preview.issues.size())));
    setColumns({tr("Line"), tr("Title"), tr("Difficulty"), tr("Topics"), tr("Status"), tr("Solved"),
                tr("What happens")});
    rows()->setRootIsDecorated(false);

    struct Line
    {
        const CatalogueReader::Row* row;
        bool duplicate;
    };
    QVector<Line> lines;
    for (const CatalogueReader::Row& row : preview.toAdd)
        lines.append({&row, false});
    for (const CatalogueReader::Row& row : preview.duplicates)
        lines.append({&row, true});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.row->line < b.row->line; });
    const QLocale locale;
    for (const Line& l : std::as_const(lines)) {
        const Problem& p = l.row->problem;
        addRow(
            {QString::number(l.row->line), p.title, ProblemModel::difficultyName(p.difficulty),
             p.topics.join(QStringLiteral(", ")), ProblemModel::statusName(p.status),
             p.solvedOn.isValid() ? locale.toString(p.solvedOn, QLocale::ShortFormat) : QString(),
             l.duplicate ? tr("left out: already in your log") : tr("imported")});
    }
    for (int c = 0; c < rows()->columnCount() - 1; ++c)
        rows()->resizeColumnToContents(c);
    setIssues(preview.warnings, preview.issues);
    setImportable(!preview.toAdd.isEmpty(), int(preview.issues.size()));
}
