#pragma once

#include <QUndoCommand>
#include <QVector>

class SkillStore;

// Links roadmap items to a skill as its evidence (or unlinks them); undo
// touches only the items this command changed.
class LinkSkillItemsCommand : public QUndoCommand
{
public:
    LinkSkillItemsCommand(SkillStore& store, qint64 skillId, const QString& name,
                          const QVector<qint64>& items, bool link);
    void undo() override;
    void redo() override;

private:
    SkillStore& m_store;
    qint64 m_skillId;
    QVector<qint64> m_changed;
    bool m_link;
};
