#include "EditStack.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>

EditStack::EditStack(const Database& db, QObject* parent)
    : QUndoStack(parent)
    , m_db(db)
{}

bool EditStack::push(QUndoCommand* command)
{
    const QString what = command->text();
    if (m_db.isReadOnly()) {
        // Refused before it runs: a read-only connection would refuse the
        // write anyway, but a step that half ran could leave a model changed.
        delete command;
        emit refused(tr("%1 is open read-only: \"%2\" was not saved.")
                         .arg(QFileInfo(m_db.path()).fileName(), what));
        return false;
    }
    const int failedBefore = m_db.failedStatements();
    const int indexBefore = index();
    QUndoStack::push(command);
    // No step merges and there is no undo limit, so a step that ran moved the
    // index on by one; one that found it had nothing to do was deleted.
    const bool landed = m_macroDepth > 0 || index() == indexBefore + 1;
    if (m_db.failedStatements() == failedBefore)
        return landed;
    emit refused(tr("\"%1\" could not be saved to %2 (%3); it was not made.")
                     .arg(what, QDir::toNativeSeparators(m_db.path()), m_db.lastSqlError()));
    return false;
}

void EditStack::beginMacro(const QString& text)
{
    ++m_macroDepth;
    if (!m_db.isReadOnly())
        QUndoStack::beginMacro(text);
}

void EditStack::endMacro()
{
    --m_macroDepth;
    if (!m_db.isReadOnly())
        QUndoStack::endMacro();
}
