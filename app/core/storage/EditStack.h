#pragma once

#include <QUndoStack>

class Database;

// The undo stack every edit is pushed on, and so the one door edits go
// through: on a file open read-only it refuses a step before it runs, and when
// a step's writes fail (a full disk, a file another program locked) it says so,
// so that no edit vanishes without a word.
class EditStack : public QUndoStack
{
    Q_OBJECT
public:
    explicit EditStack(const Database& db, QObject* parent = nullptr);

    // Hides QUndoStack::push on purpose (it is not virtual): every caller holds
    // an EditStack — Workspace::undoStack() returns one — so every edit passes
    // here. Returns true when the step ran and all its writes went through;
    // otherwise the command is gone (deleted, or left as an undoable no-op
    // when it does not notice its own failure) and refused() has said why.
    bool push(QUndoCommand* command);

signals:
    // Names the file, the step and the reason, for the window to show.
    void refused(const QString& message);

private:
    const Database& m_db;
};
