#include "LineEditUndoFilter.h"

#include <QKeyEvent>
#include <QLineEdit>

void LineEditUndoFilter::install(QObject* lineEdit)
{
    lineEdit->installEventFilter(new LineEditUndoFilter(lineEdit));
}

bool LineEditUndoFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* edit = qobject_cast<QLineEdit*>(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        if (edit && ((key->matches(QKeySequence::Undo) && !edit->isUndoAvailable()) ||
                     (key->matches(QKeySequence::Redo) && !edit->isRedoAvailable()))) {
            // Not accepting the override lets the shortcut go to the window's action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
