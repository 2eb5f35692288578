#pragma once

#include <QString>

// One row-level problem found while reading a file: where, which field, what.
struct ImportIssue
{
    int line = 0;  // 1-based line where the row starts (or entry number for JSON)
    QString field; // column name, empty when the whole row is wrong
    QString message;

    // "file.csv:7: Difficulty: 'SUPER' is not Easy, Medium or Hard"
    QString describe(const QString& fileName) const
    {
        QString text = fileName + u':' + QString::number(line) + QStringLiteral(": ");
        if (!field.isEmpty())
            text += field + QStringLiteral(": ");
        return text + message;
    }
};
