#include "SkillEvidence.h"

#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicStore.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillStore.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

SkillEvidence::SkillEvidence(SkillStore& skills, RoadmapStore& roadmap, TopicStore& topics,
                             ProblemStore& problems, QObject* parent)
    : QObject(parent)
    , m_skills(skills)
    , m_roadmap(roadmap)
    , m_topics(topics)
{
    // Any write to a store the evidence is drawn from.
    for (const ChangeNotifier* store :
         std::initializer_list<const ChangeNotifier*>{&m_skills, &m_roadmap, &m_topics, &problems})
        connect(store, &ChangeNotifier::changed, this, &SkillEvidence::changed);
}

namespace {
// One whole-word pattern per part of the name ("Django/DRF" has two). Made
// once per skill: compiling them for each of 5,000 roadmap items was most of
// the Skills tab's first stall.
QVector<QRegularExpression> mentionPatterns(const QString& skillName)
{
    QVector<QRegularExpression> patterns;
    for (const QString& part : skillName.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        if (word.size() < 2)
            continue;
        patterns.append(QRegularExpression(
            QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(word)),
            QRegularExpression::CaseInsensitiveOption));
    }
    return patterns;
}

bool mentionsAny(const QVector<QRegularExpression>& patterns, const QString& itemTitle)
{
    return std::any_of(patterns.cbegin(), patterns.cend(), [&](const QRegularExpression& re) {
        return re.match(itemTitle).hasMatch();
    });
}
} // namespace

bool SkillEvidence::mentions(const QString& itemTitle, const QString& skillName)
{
    return mentionsAny(mentionPatterns(skillName), itemTitle);
}

bool SkillEvidence::isDsaSkill(const QString& skillName)
{
    const QString n = skillName.trimmed().toLower();
    return n == QLatin1String("dsa") || n.contains(QLatin1String("algorithms"));
}

int SkillEvidence::suggestLevel(double progress, int nextTarget)
{
    progress = std::clamp(progress, 0.0, 1.0);
    return std::clamp(int(std::lround(progress * nextTarget)), 0, Skill::Cells);
}

SkillEvidence::Entry SkillEvidence::forSkill(qint64 skillId) const
{
    Entry e;
    e.skillId = skillId;
    const Skill skill = m_skills.loadSkill(skillId);
    if (skill.id == 0)
        return e;

    // The next milestone's target is what the evidence is measured against.
    int nextTarget = Skill::Cells;
    for (const Milestone& m : m_skills.loadMilestones()) {
        const auto it = skill.targets.constFind(m.id);
        if (it != skill.targets.constEnd() && it->level > 0) {
            nextTarget = it->level;
            break;
        }
    }

    const QVector<qint64> linkedIds = m_skills.linkedItems(skillId);
    const QVector<QRegularExpression> patterns = mentionPatterns(skill.name);
    QVector<RoadmapNode> read;
    QVector<const RoadmapNode*> nodes;
    if (m_plan) {
        nodes = m_plan->items();
    } else {
        read = m_roadmap.loadAll();
        for (const RoadmapNode& n : std::as_const(read))
            nodes.append(&n);
    }
    for (const RoadmapNode* node : std::as_const(nodes)) {
        const RoadmapNode& n = *node;
        if (!n.isItem() || n.status == RoadmapNode::Status::Skipped)
            continue;
        const Item item{n.id, n.title, n.status == RoadmapNode::Status::Done};
        if (linkedIds.contains(n.id)) {
            e.linked.append(item);
            e.linkedDone += item.done ? 1 : 0;
        } else if (mentionsAny(patterns, n.title)) {
            e.mentioned.append(item);
        }
    }

    double progress = -1;
    if (!e.linked.isEmpty())
        progress = double(e.linkedDone) / double(e.linked.size());
    if (isDsaSkill(skill.name)) {
        e.countsProblems = true;
        for (const TopicStore::Topic& t : m_topics.loadAll()) {
            e.solvedProblems += t.solved;
            e.problemTarget += t.target;
        }
        if (e.problemTarget > 0) {
            const double problems = double(e.solvedProblems) / double(e.problemTarget);
            // Solved problems are the stronger evidence for DSA; items only add to it.
            progress = progress < 0 ? problems : (2 * problems + progress) / 3;
        }
    }
    if (progress >= 0)
        e.suggestedLevel = suggestLevel(progress, nextTarget);
    return e;
}
