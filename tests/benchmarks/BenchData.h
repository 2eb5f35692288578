#pragma once

#include <QString>

class Database;

// Deterministic data sets for the benchmark program, written straight into a
// planner database in one transaction each (the generator is a tool, not the
// product: it uses plain prepared statements).
namespace BenchData {

struct Profile
{
    const char* name;
    int weeks; // roadmap: weeks of 20 items each (0: keep the built-in plan)
    int problems;
    int attemptsPerProblem;
    int applications;
    int stageEventsPerApplication;
    int skills;
    int historyDays; // daily level history per skill
};

// "plan": the built-in plan with a realistic year of use.
constexpr Profile plan{"plan", 0, 300, 2, 200, 3, 20, 365};
// "stress": the sizes the performance issue names.
constexpr Profile stress{"stress", 250, 100000, 2, 20000, 5, 50, 3 * 365};

// A Markdown plan of `weeks` weeks with 20 tasks each, under month headings.
QByteArray markdownPlan(int weeks);
// Fills an open database (already holding the built-in plan) with a profile.
bool fill(Database& db, const Profile& profile, quint32 seed, QString* error);

} // namespace BenchData
