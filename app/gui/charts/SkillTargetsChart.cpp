#include "SkillTargetsChart.h"

#include "core/Workspace.h"
#include "core/skills/SkillModel.h"
#include "gui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

SkillTargetsChart::SkillTargetsChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    watch(&m_ws.skillModel());
    // The height the rows need, known before the first layout: found only when
    // first drawn, it grew the panel after that layout, and each of the two
    // resizes that followed (taller, then narrower for the scroll bar) laid
    // the whole chart out again.
    reserveRows(int(m_ws.skillModel().skills().size()),
                int(m_ws.skillModel().milestones().size()) + 1);
}

void SkillTargetsChart::rebuild()
{
    const QString title = tr("Skill level now and at each milestone");
    const SkillModel& model = m_ws.skillModel();
    if (model.skills().isEmpty()) {
        // No rows: the panel shrinks back to its empty state's height.
        reserveRows(0, 0);
        showEmpty(title, tr("No skills yet. Import a plan with a skill-progression block, or "
                            "add a skill in the Skills tab."));
        return;
    }
    QChart* c = resetChart(title);
    auto* series = new QHorizontalBarSeries;
    auto* now = new QBarSet(tr("Now"));
    now->setColor(ChartStyle::series(0));
    now->setBorderColor(ChartStyle::series(0));
    series->append(now);
    QVector<QBarSet*> targets;
    for (int m = 0; m < model.milestones().size(); ++m) {
        auto* set = new QBarSet(plain(tr("Target: %1").arg(model.milestones()[m].name)));
        set->setColor(ChartStyle::series(m + 1));
        set->setBorderColor(ChartStyle::series(m + 1));
        series->append(set);
        targets.append(set);
    }
    QStringList categories;
    // Bottom-up axis: walk backwards so the table's first skill is on top.
    for (int row = int(model.skills().size()) - 1; row >= 0; --row) {
        const Skill& s = model.skills()[row];
        categories << plain(s.name);
        now->append(s.level);
        for (int m = 0; m < targets.size(); ++m)
            targets[m]->append(s.targets.value(model.milestones()[m].id).level);
    }
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto* skills = new QBarCategoryAxis;
    skills->append(categories);
    addAxis(skills, Qt::AlignLeft, QString());
    reserveRows(int(categories.size()), int(targets.size()) + 1);
    skills->setLabelsFont(stackedLabelFont(int(categories.size())));
    auto* levels = new QValueAxis;
    levels->setRange(0, Skill::Cells);
    levels->setTickCount(Skill::Cells / 2 + 1);
    levels->setLabelFormat(QStringLiteral("%d"));
    addAxis(levels, Qt::AlignBottom, tr("Level (cells of %1)").arg(Skill::Cells));
}
