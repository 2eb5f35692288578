#include "SetSettingCommand.h"

#include "SettingsStore.h"

SetSettingCommand::SetSettingCommand(SettingsStore& store, const QString& key, const QString& from,
                                     const QString& to, const QString& text)
    : m_store(store)
    , m_key(key)
    , m_from(from)
    , m_to(to)
{
    setText(text);
}

void SetSettingCommand::undo()
{
    m_store.setValue(m_key, m_from);
}

void SetSettingCommand::redo()
{
    m_store.setValue(m_key, m_to);
}
