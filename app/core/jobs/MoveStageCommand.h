#pragma once

#include "core/jobs/ApplicationStore.h"

#include <QDate>
#include <QUndoCommand>
#include <QVector>

// Moves applications to a stage (a card dragged on the board, a bulk move),
// recording a stage event each; undo deletes those events and restores the
// old stage and its date.
class MoveStageCommand : public QUndoCommand
{
public:
    MoveStageCommand(ApplicationStore& store, const QVector<qint64>& ids, const QString& stage,
                     const QDate& day);
    void redo() override;
    void undo() override;

private:
    ApplicationStore& m_store;
    QVector<qint64> m_ids;
    QString m_stage;
    QDate m_day;
    QVector<ApplicationStore::StageChange> m_changes;
};
