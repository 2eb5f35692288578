#pragma once

#include <QObject>

// Lets Undo and Redo reach the window's undo stack when a line edit has nothing
// of its own to undo — after a quick-add clears the line, Ctrl+Z should take
// back the entry just added, not do nothing.
class LineEditUndoFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static void install(QObject* lineEdit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
