#include "SetSettingsCommand.h"

#include "core/storage/SettingsStore.h"

SetSettingsCommand::SetSettingsCommand(SettingsStore& settings,
                                       const QMap<QString, QString>& values, const QString& text)
    : m_settings(settings)
    , m_after(values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        m_before.insert(it.key(), settings.value(it.key()));
        if (!settings.contains(it.key()))
            m_missing.insert(it.key());
    }
    setText(text);
}

void SetSettingsCommand::redo()
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
}

void SetSettingsCommand::undo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (m_missing.contains(it.key()))
            m_settings.remove(it.key());
        else
            m_settings.setValue(it.key(), it.value());
    }
}
