#pragma once

#include <QString>
#include <QUndoCommand>

class SkillStore;

// Adds a skill; undo removes it and redo brings it back with the same id.
class AddSkillCommand : public QUndoCommand
{
public:
    AddSkillCommand(SkillStore& store, const QString& name, const QString& category);
    void undo() override;
    void redo() override;
    // 0 when the skill could not be added (a skill with that name exists).
    qint64 skillId() const { return m_id; }

private:
    SkillStore& m_store;
    QString m_name;
    QString m_category;
    qint64 m_id = 0;
};
