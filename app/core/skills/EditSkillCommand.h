#pragma once

#include <QString>
#include <QUndoCommand>

class SkillStore;

// Changes a skill's category or notes; undo restores the old text.
class EditSkillCommand : public QUndoCommand
{
public:
    enum class Field
    {
        Category,
        Notes
    };

    EditSkillCommand(SkillStore& store, qint64 skillId, const QString& name, Field field,
                     const QString& from, const QString& to);
    void undo() override;
    void redo() override;

private:
    void apply(const QString& value);

    SkillStore& m_store;
    qint64 m_id;
    Field m_field;
    QString m_from;
    QString m_to;
};
