#pragma once

#include "Skill.h"
#include "SkillLevelScale.h"

#include <QAbstractTableModel>
#include <QVector>

class QUndoCommand;
class QUndoStack;
class SettingsStore;
class SkillStore;

// Skills against the plan's milestones: one row per skill; columns for the
// category, the current level, one per milestone target, then the notes.
// Edits go through the undo stack as commands that call the store.
class SkillModel : public QAbstractTableModel
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

    SkillModel(SkillStore& store, SettingsStore* settings = nullptr,
               QUndoStack* undoStack = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Milestone>& milestones() const { return m_milestones; }
    const QVector<Skill>& skills() const { return m_rows; }
    int notesColumn() const { return FirstMilestoneColumn + int(m_milestones.size()); }
    int rowOf(qint64 skillId) const;
    const SkillLevelScale& scale() const { return m_scale; }

public slots:
    void reload();

private:
    void refreshSkill(qint64 id);
    void insertSkill(qint64 id);
    void removeSkill(qint64 id);
    void readScale();
    void push(QUndoCommand* command);

    SkillStore& m_store;
    SettingsStore* m_settings;
    QUndoStack* m_undoStack;
    QVector<Skill> m_rows;
    QVector<Milestone> m_milestones;
    SkillLevelScale m_scale;
};
