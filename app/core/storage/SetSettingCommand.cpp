#include "SetSettingCommand.h"

#include "core/storage/SettingsStore.h"

SetSettingCommand::SetSettingCommand(SettingsStore& store, const QString& key, const QString& from,
                                     const QString& to, const QString& text)
    : m_store(store)
    , m_key(key)
    , m_from(from)
    , m_to(to)
    , m_existed(store.contains(key))
{
    setText(text);
}

void SetSettingCommand::undo()
{
    // A key that was not there goes again, so undo leaves the file as it was.
    if (m_existed)
        m_store.setValue(m_key, m_from);
    else
        m_store.remove(m_key);
}

void SetSettingCommand::redo()
{
    m_store.setValue(m_key, m_to);
}
