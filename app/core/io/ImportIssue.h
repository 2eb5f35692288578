#pragma once

#include <QString>

// One row-level problem of an import, named by line and field so the user
// can find it in the file: "applications.csv:12: Date: cannot read "31/02"".
struct ImportIssue
{
    int line = 0;
    QString field; // the column's header as written in the file; empty for the whole row
    QString message;

    QString describe(const QString& fileName) const
    {
        QString s = fileName + u':' + QString::number(line) + QStringLiteral(": ");
        if (!field.isEmpty())
            s += field + QStringLiteral(": ");
        return s + message;
    }
};
