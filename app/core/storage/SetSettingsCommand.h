#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QUndoCommand>

class SettingsStore;

// The one way to change plan settings (goal, bands, sources, stage order, skill
// level names) as one undoable step; undo writes the values that were there
// before, and removes a key that was not there, so the file is as it was.
class SetSettingsCommand : public QUndoCommand
{
public:
    SetSettingsCommand(SettingsStore& settings, const QMap<QString, QString>& values,
                       const QString& text);
    void redo() override;
    void undo() override;

private:
    SettingsStore& m_settings;
    QMap<QString, QString> m_after;
    QMap<QString, QString> m_before;
    QSet<QString> m_missing;
};
