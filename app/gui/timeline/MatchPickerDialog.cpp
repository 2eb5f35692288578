#include "MatchPickerDialog.h"

#include "core/roadmap/PlanMatcher.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

MatchPickerDialog::MatchPickerDialog(const ParsedPlan::Node& node,
                                     const QVector<RoadmapNode>& stored, qint64 current,
                                     QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("matchPickerDialog"));
    setWindowTitle(tr("Continue a Different Node"));
    auto* label =
        new QLabel(tr("\"%1\" keeps the ticks, notes, dates and status of:").arg(node.title), this);
    label->setTextFormat(Qt::PlainText); // a title is text, whatever it holds
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("matchCandidatesListWidget"));

    // Only nodes that came from a file can be continued (the matcher never
    // touches ones added in the planner), and only of the same kind.
    const bool item = node.kind == RoadmapNode::Kind::Item;
    struct Candidate
    {
        const RoadmapNode* node;
        double score;
    };
    QVector<Candidate> candidates;
    for (const RoadmapNode& n : stored) {
        if (!n.sourcePath.isEmpty() && n.isItem() == item)
            candidates.append({&n, PlanMatcher::similarity(node.title, n.title)});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    for (const Candidate& c : std::as_const(candidates)) {
        auto* entry = new QListWidgetItem(c.node->title, m_list);
        entry->setData(Qt::UserRole, c.node->id);
        entry->setToolTip(c.node->sourcePath);
        if (c.node->id == current)
            m_list->setCurrentItem(entry);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

qint64 MatchPickerDialog::chosenId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}
