#pragma once

#include "core/dsa/Problem.h"

#include <QVector>

// Exports problems as CSV that CatalogueReader reads back (Title, Difficulty,
// Status, Topics, Link, …). Formula-looking cells are neutralised by CsvWriter.
class ProblemCsvWriter
{
public:
    static QByteArray write(const QVector<Problem>& problems);
};
