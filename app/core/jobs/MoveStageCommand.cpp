#include "MoveStageCommand.h"

#include <QCoreApplication>

MoveStageCommand::MoveStageCommand(ApplicationStore& store, const QVector<qint64>& ids,
                                   const QString& stage, const QDate& day)
    : m_store(store)
    , m_ids(ids)
    , m_stage(stage)
    , m_day(day)
{
    setText(QCoreApplication::translate("MoveStageCommand", "Move %n application(s) to %1", "",
                                        int(ids.size()))
                .arg(Application::stageName(stage)));
}

void MoveStageCommand::redo()
{
    m_changes = m_store.moveStages(m_ids, m_stage, m_day);
    // Nothing moved (already in that stage): keep the undo stack clean.
    if (m_changes.isEmpty())
        setObsolete(true);
}

void MoveStageCommand::undo()
{
    m_store.revertStages(m_changes);
}
