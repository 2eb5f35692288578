#pragma once

#include "core/skills/Skill.h"
#include "core/skills/SkillLevelScale.h"
#include "core/storage/IdTableModel.h"

#include <QVector>

class QUndoCommand;
class EditStack;
class SettingsStore;
class SkillStore;

// Skills against the plan's milestones: one row per skill; columns for the
// category, the current level, one per milestone target, then the notes.
// Edits go through the undo stack as commands that call the store.
class SkillModel : public IdTableModel<Skill>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        LevelColumn,
        FirstMilestoneColumn
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        LevelRole,
        MilestoneIdRole
    };

    SkillModel(SkillStore& store, SettingsStore* settings = nullptr, EditStack* undoStack = nullptr,
               QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Milestone>& milestones() const { return m_milestones; }
    const QVector<Skill>& skills() const { return rows(); }
    int notesColumn() const { return FirstMilestoneColumn + int(m_milestones.size()); }
    const SkillLevelScale& scale() const { return m_scale; }

public slots:
    void reload();

private:
    void update(const QVector<qint64>& ids);
    int insertionRow(const Skill& skill) const override;
    void readScale();
    void push(QUndoCommand* command);

    SkillStore& m_store;
    SettingsStore* m_settings;
    EditStack* m_undoStack;
    QVector<Milestone> m_milestones;
    SkillLevelScale m_scale;
};
