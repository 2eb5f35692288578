#pragma once

#include <QDate>
#include <QMap>
#include <QString>

struct Skill
{
    qint64 id = 0;
    QString name;
    QString category;
    int level = 0; // filled cells of the 14-cell bar
    QString notes;
    // Target per milestone id: level and the plan's label ("Expert").
    struct Target
    {
        int level = 0;
        QString label;
    };
    QMap<qint64, Target> targets;

    static constexpr int Cells = 14;
    // "████████░░░░░░" for a level on the plan's 14-cell scale.
    static QString bar(int level, int cells = Cells);
};

struct Milestone
{
    qint64 id = 0;
    QString name;
    QDate dueDate;
};
