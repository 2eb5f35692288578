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
    QUndoStack::push(command);
    if (m_db.failedStatements() == failedBefore)
        return true;
    emit refused(tr("\"%1\" could not be saved to %2 (%3); it was not made.")
                     .arg(what, QDir::toNativeSeparators(m_db.path()), m_db.lastSqlError()));
    return false;
}
