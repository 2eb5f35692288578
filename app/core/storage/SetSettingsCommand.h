#pragma once

#include <QMap>
#include <QString>
#include <QUndoCommand>

class SettingsStore;

// Changes plan-level settings (goal, bands, sources, stage order) as one
// undoable step; undo writes the values that were there before.
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
};
