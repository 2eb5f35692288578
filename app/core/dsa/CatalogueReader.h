#pragma once

#include "core/dsa/Problem.h"
#include "core/io/ImportIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

// Reads problem lists: the NeetCode JSON format (an array of objects with
// problem, pattern, link, difficulty and the neetcode150/blind75 flags) and
// LeetCode-style CSV (a header naming Title, Difficulty, Link, Topics,
// Frequency, Acceptance Rate…; topics as one comma-separated field). The format
// is told by the content, not the file name. Nothing is written here.
class CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueReader)

public:
    enum class Format
    {
        NeetCodeJson,
        Csv
    };
    struct Row
    {
        int line = 0; // CSV line, or entry number in a JSON list
        Problem problem;
    };
    struct Result
    {
        Format format = Format::Csv;
        QVector<Row> rows;
        QVector<ImportIssue> issues;   // rows that could not be read
        QVector<ImportIssue> warnings; // rows read, with something odd recovered
        QString error;                 // the file as a whole could not be read
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray& bytes);
    // The NeetCode 150 / Blind 75 list shipped with the program.
    static Result builtIn();

    static QString catalogueName(const QString& key); // "blind75" -> "Blind 75"

private:
    static Result readJson(const QByteArray& bytes);
    static Result readCsv(const QByteArray& bytes);
};
