#include "SkillHistoryChart.h"

#include "core/Workspace.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "gui/charts/ChartStyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <map>

SkillHistoryChart::SkillHistoryChart(Workspace& workspace, QWidget* parent)
    : ChartViewPanel(Name, nullptr, parent)
    , m_ws(workspace)
{
    watch(&m_ws.skillModel());
}

void SkillHistoryChart::rebuild()
{
    const QString title = tr("Skill levels over time");
    const QVector<SkillStore::LevelEvent> events = m_ws.skills().allLevelHistory();
    if (events.isEmpty()) {
        showEmpty(title, tr("No level changes yet. Set a skill's level in the Skills table; "
                            "every change is kept with its date."));
        return;
    }
    QChart* c = resetChart(title);
    std::map<qint64, QVector<SkillStore::LevelEvent>> bySkill;
    for (const SkillStore::LevelEvent& e : events)
        bySkill[e.skillId].append(e);
    const QDate today = QDate::currentDate();
    QDate first = events.first().day;
    QDate last = std::max(today, events.last().day);
    const auto ms = [](const QDate& d) { return double(d.startOfDay().toMSecsSinceEpoch()); };
    int k = 0;
    for (const Skill& s : m_ws.skillModel().skills()) {
        const auto it = bySkill.find(s.id);
        if (it == bySkill.end())
            continue;
        auto* line = new QLineSeries;
        line->setName(plain(s.name));
        QPen pen(ChartStyle::series(k));
        pen.setWidthF(2.0);
        // Past eight skills the colours repeat; a dash tells them apart.
        if (k >= 8)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        int previous = -1;
        for (const SkillStore::LevelEvent& e : it->second) {
            if (previous >= 0)
                line->append(ms(e.day), previous);
            line->append(ms(e.day), e.level);
            previous = e.level;
        }
        line->append(ms(last), previous);
        c->addSeries(line);
        ++k;
    }
    if (first == last)
        first = first.addDays(-7);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("d MMM yyyy"));
    time->setRange(first.startOfDay(), last.startOfDay());
    time->setTickCount(6);
    addAxis(time, Qt::AlignBottom, tr("Date"));
    auto* levels = new QValueAxis;
    levels->setRange(0, Skill::Cells);
    levels->setTickCount(Skill::Cells / 2 + 1);
    levels->setLabelFormat(QStringLiteral("%d"));
    addAxis(levels, Qt::AlignLeft, tr("Level (cells of %1)").arg(Skill::Cells));
}
