#pragma once

#include <QString>
#include <QUndoCommand>

class SettingsStore;

// Changes one plan setting (for example the names of the skill levels); undo
// restores the old value.
class SetSettingCommand : public QUndoCommand
{
public:
    SetSettingCommand(SettingsStore& store, const QString& key, const QString& from,
                      const QString& to, const QString& text);
    void undo() override;
    void redo() override;

private:
    SettingsStore& m_store;
    QString m_key;
    QString m_from;
    QString m_to;
    bool m_existed;
};
