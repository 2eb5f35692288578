#pragma once

#include <QUndoCommand>
#include <functional>

// An undo step made of two functions. Edits that are one store call each way
// (rename, set dates, move) use it instead of a class apiece.
class LambdaCommand : public QUndoCommand
{
public:
    LambdaCommand(const QString& text, std::function<bool()> redo, std::function<bool()> undo)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
        setText(text);
    }

    void redo() override
    {
        // A step whose first run fails is dropped by QUndoStack::push.
        if (!m_redo() && !m_ranOnce)
            setObsolete(true);
        m_ranOnce = true;
    }
    void undo() override { m_undo(); }

private:
    std::function<bool()> m_redo;
    std::function<bool()> m_undo;
    bool m_ranOnce = false;
};
