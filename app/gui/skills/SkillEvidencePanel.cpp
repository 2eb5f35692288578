#include "SkillEvidencePanel.h"

#include "core/Workspace.h"
#include "core/skills/LinkSkillItemsCommand.h"
#include "core/skills/SetSkillLevelCommand.h"
#include "core/skills/SkillEvidence.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "core/storage/EditStack.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SkillEvidencePanel::SkillEvidencePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_items(new QListWidget(this))
    , m_link(new QPushButton(this))
    , m_unlink(new QPushButton(tr("Unlink"), this))
    , m_accept(new QPushButton(this))
{
    m_heading->setObjectName(QStringLiteral("evidenceHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("evidenceSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_items->setObjectName(QStringLiteral("evidenceListWidget"));
    m_items->setAccessibleName(tr("Roadmap items linked to the skill"));
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_link->setObjectName(QStringLiteral("linkMentionedPushButton"));
    m_link->setToolTip(tr("Link the roadmap items whose text names this skill"));
    m_unlink->setObjectName(QStringLiteral("unlinkPushButton"));
    m_unlink->setToolTip(tr("Unlink the selected items from this skill"));
    m_accept->setObjectName(QStringLiteral("acceptLevelPushButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_accept);
    layout->addStretch(0); // keeps the buttons up when the list is hidden

    connect(m_link, &QPushButton::clicked, this, &SkillEvidencePanel::linkMentioned);
    connect(m_unlink, &QPushButton::clicked, this, &SkillEvidencePanel::unlinkSelected);
    connect(m_accept, &QPushButton::clicked, this, &SkillEvidencePanel::acceptSuggestion);
    connect(m_items, &QListWidget::itemSelectionChanged, this,
            [this] { m_unlink->setEnabled(!m_items->selectedItems().isEmpty()); });
    connect(&m_ws.skillEvidence(), &SkillEvidence::changed, this, &SkillEvidencePanel::refresh);
    refresh();
}

void SkillEvidencePanel::setSkill(qint64 skillId)
{
    m_skillId = skillId;
    refresh();
}

void SkillEvidencePanel::refresh()
{
    m_items->clear();
    m_mentioned.clear();
    m_suggested = -1;
    const Skill skill = m_ws.skills().loadSkill(m_skillId);
    const bool has = skill.id != 0;
    m_link->setEnabled(false);
    m_unlink->setEnabled(false);
    m_accept->setEnabled(false);
    m_link->setText(tr("Link matching items"));
    m_accept->setText(tr("Accept suggested level"));
    if (!has) {
        m_items->hide();
        m_heading->setText(tr("Evidence"));
        m_summary->setText(
            tr("Select a skill to see the roadmap items and DSA practice behind it."));
        return;
    }
    const SkillEvidence::Entry e = m_ws.skillEvidence().forSkill(m_skillId);
    m_heading->setText(tr("Evidence for %1").arg(skill.name));
    QStringList lines;
    if (e.linked.isEmpty())
        lines << tr("No roadmap items linked yet.");
    else
        lines << tr("%1 of %n linked item(s) done.", "", int(e.linked.size())).arg(e.linkedDone);
    if (e.countsProblems)
        lines << tr("DSA log: %1 of %n target problem(s) solved.", "", e.problemTarget)
                     .arg(e.solvedProblems);
    if (e.suggestedLevel >= 0) {
        m_suggested = e.suggestedLevel;
        lines << tr("Suggested level: %1 of %2 (%3); now %4.")
                     .arg(e.suggestedLevel)
                     .arg(Skill::Cells)
                     .arg(m_ws.skillModel().scale().name(e.suggestedLevel))
                     .arg(skill.level);
        m_accept->setText(tr("Set level to %1").arg(e.suggestedLevel));
        m_accept->setEnabled(e.suggestedLevel != skill.level);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    for (const SkillEvidence::Item& item : e.linked) {
        auto* row = new QListWidgetItem(
            (item.done ? QStringLiteral("✓ ") : QStringLiteral("○ ")) + item.title, m_items);
        row->setData(Qt::UserRole, item.id);
        row->setToolTip(item.done ? tr("Done") : tr("Not done yet"));
    }
    for (const SkillEvidence::Item& item : e.mentioned)
        m_mentioned.append(item.id);
    // An empty list says nothing the summary above does not; hide it.
    m_items->setVisible(m_items->count() > 0);
    m_link->setText(tr("Link %n matching item(s)", "", int(m_mentioned.size())));
    m_link->setEnabled(!m_mentioned.isEmpty());
}

void SkillEvidencePanel::linkMentioned()
{
    const Skill skill = m_ws.skills().loadSkill(m_skillId);
    m_ws.undoStack().push(
        new LinkSkillItemsCommand(m_ws.skills(), m_skillId, skill.name, m_mentioned, true));
}

void SkillEvidencePanel::unlinkSelected()
{
    QVector<qint64> ids;
    for (const QListWidgetItem* item : m_items->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    const Skill skill = m_ws.skills().loadSkill(m_skillId);
    m_ws.undoStack().push(
        new LinkSkillItemsCommand(m_ws.skills(), m_skillId, skill.name, ids, false));
}

void SkillEvidencePanel::acceptSuggestion()
{
    const Skill skill = m_ws.skills().loadSkill(m_skillId);
    if (m_suggested < 0 || skill.id == 0 || skill.level == m_suggested)
        return;
    m_ws.undoStack().push(
        new SetSkillLevelCommand(m_ws.skills(), skill.id, skill.name, skill.level, m_suggested));
}
