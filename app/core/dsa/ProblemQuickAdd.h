#pragma once

#include "core/dsa/Problem.h"

#include <QDate>
#include <QString>

// Reads the quick-add line of the DSA tab: "two sum #arrays easy 25m solved".
// Words starting with # are topics, easy/medium/hard the difficulty,
// todo/attempted/solved/revisit the status, 25m or 1h10m the time, @company a
// company, *1…*5 the confidence, an http(s) word the link; the rest is the title.
class ProblemQuickAdd
{
public:
    static bool parse(const QString& line, const QDate& today, Problem* problem, QString* error);
};
