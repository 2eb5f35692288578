#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

struct Problem
{
    enum class Difficulty
    {
        Easy,
        Medium,
        Hard
    };
    enum class Status
    {
        Todo,
        Attempted,
        Solved,
        Revisit
    };
    // Every value, in the order menus, filters and counts list them.
    static constexpr Difficulty Difficulties[] = {Difficulty::Easy, Difficulty::Medium,
                                                  Difficulty::Hard};
    static constexpr Status Statuses[] = {Status::Todo, Status::Attempted, Status::Solved,
                                          Status::Revisit};

    qint64 id = 0;
    QString slug;
    QString title;
    QString link;
    QString platform = QStringLiteral("LeetCode");
    Difficulty difficulty = Difficulty::Medium;
    Status status = Status::Todo;
    int confidence = 0;
    QStringList topics;
    QString notes;
    QStringList companies;
    QStringList tags;
    QStringList catalogues; // keys of the lists it came from: "neetcode150", "blind75"
    QDate solvedOn;
    int minutes = 0; // time of the first attempt, when logged with the problem
    QDate reviewDue; // earliest pending review, read-only (derived from table review)

    static QString difficultyKey(Difficulty d);
    static Difficulty difficultyFromKey(const QString& key, bool* ok = nullptr);
    static QString statusKey(Status s);
    static Status statusFromKey(const QString& key, bool* ok = nullptr);
    // "Two Sum" -> "two-sum": the key duplicates are matched by.
    static QString slugify(const QString& title);
    // "Arrays, Two Pointers," -> {"Arrays", "Two Pointers"}: trimmed, no empties,
    // no case-insensitive repeats. How topics, companies and tags are typed and stored.
    static QStringList splitList(const QString& text);
    // The LeetCode slug of a problem link ("…/problems/two-sum/" -> "two-sum"), or empty.
    static QString slugFromLink(const QString& link);
    // Solved problems, and those flagged to revisit after being solved, count towards targets.
    bool countsAsSolved() const
    {
        return status == Status::Solved || (status == Status::Revisit && solvedOn.isValid());
    }
};
