#pragma once

#include "Skill.h"

#include <QAbstractTableModel>
#include <QVector>

class SkillStore;

// Skills against the plan's milestones: one row per skill, one column for the
// current level and one per milestone target.
class SkillModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LevelColumn, FirstMilestoneColumn };
    enum Role { IdRole = Qt::UserRole + 1, LevelRole };

    explicit SkillModel(SkillStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Milestone>& milestones() const { return m_milestones; }

public slots:
    void reload();

private:
    SkillStore& m_store;
    QVector<Skill> m_rows;
    QVector<Milestone> m_milestones;
};
