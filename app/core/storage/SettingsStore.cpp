#include "SettingsStore.h"

#include "core/storage/Query.h"

SettingsStore::SettingsStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QString SettingsStore::value(const QString& key, const QString& fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.bind(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int SettingsStore::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool SettingsStore::contains(const QString& key) const
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM setting WHERE key = ?"));
    q.bind(key);
    return q.exec() && q.next();
}

bool SettingsStore::remove(const QString& key)
{
    Query q(m_db, QStringLiteral("DELETE FROM setting WHERE key = ?"));
    q.bind(key);
    if (!q.exec())
        return false;
    emit changed(key);
    return true;
}

bool SettingsStore::setValue(const QString& key, const QString& value)
{
    Query q(m_db, QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindAll({key, value});
    if (!q.exec())
        return false;
    emit changed(key);
    return true;
}
