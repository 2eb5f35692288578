#include "ProblemCsvWriter.h"

#include "core/io/CsvWriter.h"

QByteArray ProblemCsvWriter::write(const QVector<Problem>& problems)
{
    const QString separator = QStringLiteral(", ");
    QByteArray text = CsvWriter::row(
        {QStringLiteral("Title"), QStringLiteral("Difficulty"), QStringLiteral("Status"),
         QStringLiteral("Topics"), QStringLiteral("Link"), QStringLiteral("Platform"),
         QStringLiteral("Confidence"), QStringLiteral("Companies"), QStringLiteral("Tags"),
         QStringLiteral("Solved On"), QStringLiteral("Notes")});
    for (const Problem& p : problems) {
        QString difficulty = Problem::difficultyKey(p.difficulty);
        difficulty[0] = difficulty[0].toUpper();
        text += CsvWriter::row({p.title, difficulty, Problem::statusKey(p.status),
                                p.topics.join(separator), p.link, p.platform,
                                QString::number(p.confidence), p.companies.join(separator),
                                p.tags.join(separator), p.solvedOn.toString(Qt::ISODate), p.notes});
    }
    return text;
}
