#include "SkillRadarChart.h"

#include "core/Workspace.h"
#include "core/skills/SkillModel.h"
#include "gui/charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>
#include <map>

SkillRadarChart::SkillRadarChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, new QPolarChart, parent)
    , m_ws(workspace)
{
    watch(&m_ws.skillModel());
}

void SkillRadarChart::rebuild()
{
    const QString title = tr("Average level by category (cells of %1)").arg(Skill::Cells);
    const SkillModel& model = m_ws.skillModel();
    // Category -> skills in it, in a stable (alphabetical) order around the circle.
    std::map<QString, QVector<const Skill*>> byCategory;
    for (const Skill& s : model.skills())
        byCategory[s.category.isEmpty() ? tr("Uncategorised") : s.category].append(&s);
    if (byCategory.size() < 3) {
        showEmpty(title, tr("A radar needs skills in at least three categories. Set the "
                            "category of your skills in the Skills table."));
        return;
    }
    QChart* c = resetChart(title);
    const int n = int(byCategory.size());
    const double step = 360.0 / n;

    // One closed line per series: "now" and each milestone's targets.
    const int seriesCount = 1 + int(model.milestones().size());
    for (int k = 0; k < seriesCount; ++k) {
        auto* line = new QLineSeries;
        line->setName(k == 0 ? tr("Now")
                             : plain(tr("Target: %1").arg(model.milestones()[k - 1].name)));
        QPen pen(ChartStyle::series(k));
        pen.setWidthF(k == 0 ? 3.0 : 2.0);
        if (k > 0)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        int i = 0;
        double first = 0;
        for (const auto& [category, skills] : byCategory) {
            double sum = 0;
            for (const Skill* s : skills)
                sum += k == 0 ? s->level : s->targets.value(model.milestones()[k - 1].id).level;
            const double average = sum / double(skills.size());
            if (i == 0)
                first = average;
            line->append(i * step, average);
            ++i;
        }
        line->append(360.0, first); // close the loop
        c->addSeries(line);
    }
    // Labels sit on the spokes: category i at i*step, the first at 360.
    auto* angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setRange(0, 360);
    angular->setStartValue(0);
    int i = 0;
    QString firstLabel;
    for (const auto& entry : byCategory) {
        if (i == 0)
            firstLabel = plain(entry.first);
        else
            angular->append(plain(entry.first), i * step);
        ++i;
    }
    angular->append(firstLabel, 360);
    // QPolarChart maps its angular orientation to the bottom edge, radial to the left.
    addAxis(angular, Qt::AlignBottom, QString());
    auto* radial = new QValueAxis;
    radial->setRange(0, Skill::Cells);
    radial->setTickCount(Skill::Cells / 2 + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    addAxis(radial, Qt::AlignLeft, QString());
}
