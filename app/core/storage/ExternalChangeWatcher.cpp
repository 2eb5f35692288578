#include "ExternalChangeWatcher.h"

#include "core/storage/Database.h"
#include "core/storage/Query.h"

ExternalChangeWatcher::ExternalChangeWatcher(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    m_version = dataVersion();
    m_generation = m_db.generation();
}

void ExternalChangeWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

qint64 ExternalChangeWatcher::dataVersion() const
{
    if (!m_db.isOpen())
        return -1;
    Query q(m_db, QStringLiteral("PRAGMA data_version"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool ExternalChangeWatcher::check()
{
    const qint64 now = dataVersion();
    // A reopened connection counts afresh; that is not another writer.
    if (m_db.generation() != m_generation) {
        m_generation = m_db.generation();
        m_version = now;
        return false;
    }
    if (now < 0 || now == m_version)
        return false;
    m_version = now;
    emit changed();
    return true;
}
