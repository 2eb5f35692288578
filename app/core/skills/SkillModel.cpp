#include "SkillModel.h"

#include "core/skills/EditSkillCommand.h"
#include "core/skills/SetSkillLevelCommand.h"
#include "core/skills/SetSkillTargetCommand.h"
#include "core/skills/SkillStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"

#include <QLocale>
#include <algorithm>
#include <memory>

SkillModel::SkillModel(SkillStore& store, SettingsStore* settings, EditStack* undoStack,
                       QObject* parent)
    : IdTableModel<Skill>(parent)
    , m_store(store)
    , m_settings(settings)
    , m_undoStack(undoStack)
{
    connect(&m_store, &SkillStore::reset, this, &SkillModel::reload);
    connect(&m_store, &SkillStore::rowsChanged, this, &SkillModel::update);
    connect(&m_store, &SkillStore::rowsInserted, this, &SkillModel::update);
    connect(&m_store, &SkillStore::rowsRemoved, this, &SkillModel::removeIds);
    if (m_settings) {
        connect(m_settings, &SettingsStore::changed, this, [this](const QString& key) {
            if (key != SkillLevelScale::SettingKey)
                return;
            readScale();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
    }
    readScale();
    reload();
}

void SkillModel::readScale()
{
    m_scale = m_settings
                  ? SkillLevelScale::fromSetting(m_settings->value(SkillLevelScale::SettingKey))
                  : SkillLevelScale();
}

void SkillModel::reload()
{
    // The milestones are columns: they change inside the reset.
    resetRows(m_store.loadSkills(), [this] { m_milestones = m_store.loadMilestones(); });
}

void SkillModel::update(const QVector<qint64>& ids)
{
    QVector<Skill> fresh;
    for (const qint64 id : ids) {
        Skill s = m_store.loadSkill(id);
        if (s.id != 0)
            fresh.append(std::move(s));
    }
    applyRows(fresh);
}

int SkillModel::insertionRow(const Skill& skill) const
{
    // Rows are ordered by id, as the store loads them; undo of a delete puts a
    // skill back where it was.
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), skill.id,
                                     [](const Skill& s, qint64 v) { return s.id < v; });
    return int(at - m_rows.cbegin());
}

int SkillModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : notesColumn() + 1;
}

QVariant SkillModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Skill& s = m_rows[index.row()];
    const int column = index.column();
    if (role == IdRole)
        return s.id;
    if (column == NameColumn || column == CategoryColumn || column == notesColumn()) {
        const QString text = column == NameColumn       ? s.name
                             : column == CategoryColumn ? s.category
                                                        : s.notes;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return text;
        case Qt::ToolTipRole:
            return column == NameColumn && !s.notes.isEmpty() ? s.notes : text;
        case LevelRole:
            return -1; // not a bar
        default:
            return {};
        }
    }
    int level = s.level;
    QString label = m_scale.name(s.level);
    if (column >= FirstMilestoneColumn) {
        const Milestone& m = m_milestones[column - FirstMilestoneColumn];
        if (role == MilestoneIdRole)
            return m.id;
        const auto it = s.targets.constFind(m.id);
        if (it == s.targets.constEnd()) {
            if (role == Qt::DisplayRole)
                return QString();
            if (role == Qt::EditRole)
                return 0;
            if (role == Qt::ToolTipRole)
                return tr("No target at %1; double-click to set one").arg(m.name);
            return {};
        }
        level = it->level;
        label = it->label.isEmpty() ? m_scale.name(it->level) : it->label;
    }
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(Skill::bar(level), label);
    case Qt::EditRole:
    case LevelRole:
        return level;
    case Qt::ToolTipRole:
        return tr("%1 of %2 · %3").arg(level).arg(Skill::Cells).arg(label);
    default:
        return {};
    }
}

Qt::ItemFlags SkillModel::flags(const QModelIndex& index) const
{
    // flags() of the root is a fair question (views and QAbstractItemModelTester ask it).
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

void SkillModel::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
        return;
    }
    // Without a stack (some tests) the edit still happens, just without undo.
    std::unique_ptr<QUndoCommand> owned(command);
    owned->redo();
}

bool SkillModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Skill s = m_rows[index.row()];
    const int column = index.column();
    if (column == CategoryColumn || column == notesColumn()) {
        const bool isCategory = column == CategoryColumn;
        const QString from = isCategory ? s.category : s.notes;
        const QString to = isCategory ? value.toString().trimmed() : value.toString();
        if (from == to)
            return false;
        push(new EditSkillCommand(m_store, s.id, s.name,
                                  isCategory ? EditSkillCommand::Field::Category
                                             : EditSkillCommand::Field::Notes,
                                  from, to));
        return true;
    }
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < 0 || level > Skill::Cells)
        return false;
    if (column == LevelColumn) {
        if (level == s.level)
            return false;
        push(new SetSkillLevelCommand(m_store, s.id, s.name, s.level, level));
        return true;
    }
    const qint64 milestone = m_milestones[column - FirstMilestoneColumn].id;
    const auto it = s.targets.constFind(milestone);
    std::optional<Skill::Target> from;
    if (it != s.targets.constEnd())
        from = *it;
    if (from && from->level == level)
        return false;
    // A level the user picks takes the scale's name; the plan's label only
    // stays while the level is the plan's.
    std::optional<Skill::Target> to;
    if (level > 0)
        to = Skill::Target{level, QString()};
    push(new SetSkillTargetCommand(m_store, s.id, s.name, milestone, from, to));
    return true;
}

QVariant SkillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Skill");
    if (section == CategoryColumn)
        return tr("Category");
    if (section == LevelColumn)
        return tr("Now");
    if (section == notesColumn())
        return tr("Notes");
    const int m = section - FirstMilestoneColumn;
    if (m < 0 || m >= m_milestones.size())
        return {};
    const Milestone& ms = m_milestones[m];
    return ms.dueDate.isValid()
               ? tr("%1 (%2)").arg(ms.name,
                                   QLocale().toString(ms.dueDate, QStringLiteral("MMM yyyy")))
               : ms.name;
}
