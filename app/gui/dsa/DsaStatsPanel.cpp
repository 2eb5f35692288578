#include "DsaStatsPanel.h"

#include "core/Workspace.h"
#include "core/dsa/DsaStats.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"
#include "core/today/Today.h"
#include "gui/charts/ActivityHeatmap.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

DsaStatsPanel::DsaStatsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_text(new QLabel(this))
    , m_minimum(new QSpinBox(this))
{
    m_text->setObjectName(QStringLiteral("statsLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_minimum->setObjectName(QStringLiteral("streakMinimumSpinBox"));
    m_minimum->setAccessibleName(tr("Problems a day that keep the streak"));
    m_minimum->setRange(1, 20);
    m_minimum->setValue(Today::streakMinimum());
    m_minimum->setSuffix(tr(" a day"));
    m_minimum->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* form = new QFormLayout;
    form->addRow(tr("A streak day needs at least (problems):"), m_minimum);
    // The year of practice sits with the DSA numbers, where people look for it.
    m_heatmap = new ActivityHeatmap(m_ws, this);
    m_heatmap->setObjectName(QStringLiteral("dsaHeatmap"));
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_heatmap);
    contentLayout->addWidget(m_text, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    connect(m_minimum, &QSpinBox::valueChanged, this, [this](int value) {
        Today::setStreakMinimum(value);
        m_ws.today().refresh(); // the Today view and the tray quote the same streak
        refresh();
    });
    // Not filled here: the panel sits behind a side tab that is never the first
    // one shown, and DsaTab refreshes it whenever it becomes current. Its
    // numbers read every attempt (200,000 at stress size), which was half the
    // DSA tab's first-visit stall.
}

QString DsaStatsPanel::text() const
{
    return m_text->text();
}

void DsaStatsPanel::refresh()
{
    const QDate today = QDate::currentDate();
    const QVector<Attempt> attempts = m_ws.problems().allAttempts();
    const auto solved = DsaStats::solvedByDifficulty(m_ws.problemModel().problems());
    const auto streak = DsaStats::streak(attempts, today, m_minimum->value());
    const auto weeks = DsaStats::minutesPerWeek(attempts, today, 4);
    const auto year = DsaStats::yearOfActivity(attempts, today);
    int yearAttempts = 0;
    for (const auto& day : year)
        yearAttempts += day.attempts;

    QStringList lines;
    lines
        << tr("Solved: %1 easy · %2 medium · %3 hard").arg(solved[0]).arg(solved[1]).arg(solved[2]);
    lines << tr("Streak: %n day(s)", "", streak.current) + tr(" (best %n)", "", streak.best) +
                 (streak.todayCounted ? QString() : tr(" — practise today to keep it"));
    QStringList perWeek;
    for (const auto& w : weeks)
        perWeek << tr("week of %1: %2 min")
                       .arg(QLocale().toString(w.monday, QLocale::ShortFormat))
                       .arg(w.minutes);
    lines << tr("Minutes per week:") << QStringLiteral("  ") + perWeek.join(QStringLiteral("\n  "));
    lines << tr("Last 12 months: %n active day(s)", "", int(year.size())) +
                 tr(", %n attempt(s) and review(s)", "", yearAttempts);
    lines << QString() << tr("Topics against the plan:");
    for (const TopicStore::Topic& t : m_ws.topics().loadAll()) {
        if (t.target > 0)
            lines << tr("  %1: %2 of %3 solved").arg(t.name).arg(t.solved).arg(t.target);
    }
    m_text->setText(lines.join(u'\n'));
}
