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
    // here. Returns true when the step ran and all its writes went through.
    // Otherwise the command is gone (deleted, or left as an undoable no-op
    // when it does not notice its own failure), and refused() says why when
    // a write failed (a step with nothing to do fails quietly).
    bool push(QUndoCommand* command);
    // Hidden too: on a read-only file a macro would be an empty step to undo,
    // and inside one a push that ran does not move the index.
    void beginMacro(const QString& text);
    void endMacro();

signals:
    // Names the file, the step and the reason, for the window to show.
    void refused(const QString& message);

private:
    const Database& m_db;
    int m_macroDepth = 0;
};
