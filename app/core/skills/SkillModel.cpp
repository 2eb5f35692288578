#include "SkillModel.h"

#include "SkillStore.h"

#include <QLocale>

SkillModel::SkillModel(SkillStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &SkillStore::reset, this, &SkillModel::reload);
    connect(&m_store, &SkillStore::skillChanged, this, &SkillModel::reload);
    reload();
}

void SkillModel::reload()
{
    beginResetModel();
    m_rows = m_store.loadSkills();
    m_milestones = m_store.loadMilestones();
    endResetModel();
}

int SkillModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkillModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMilestoneColumn + int(m_milestones.size());
}

QVariant SkillModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Skill& s = m_rows[index.row()];
    if (role == IdRole)
        return s.id;
    int level = -1;
    QString label;
    if (index.column() == LevelColumn) {
        level = s.level;
        label = Skill::levelName(s.level);
    } else if (index.column() >= FirstMilestoneColumn) {
        const Milestone& m = m_milestones[index.column() - FirstMilestoneColumn];
        const auto it = s.targets.constFind(m.id);
        if (it == s.targets.constEnd())
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        level = it->level;
        label = it->label.isEmpty() ? Skill::levelName(it->level) : it->label;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return s.name;
        return QStringLiteral("%1  %2").arg(Skill::bar(level), label);
    case LevelRole:
        return level;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return s.notes.isEmpty() ? s.name : s.notes;
        return tr("%1 of %2 · %3").arg(level).arg(Skill::Cells).arg(label);
    default:
        return {};
    }
}

QVariant SkillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Skill");
    if (section == LevelColumn)
        return tr("Now");
    const int m = section - FirstMilestoneColumn;
    if (m < 0 || m >= m_milestones.size())
        return {};
    const Milestone& ms = m_milestones[m];
    return ms.dueDate.isValid()
               ? tr("%1 (%2)").arg(ms.name, QLocale().toString(ms.dueDate, QStringLiteral("MMM yyyy")))
               : ms.name;
}
