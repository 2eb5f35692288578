#include "ModelPrefetch.h"

#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QSqlDatabase>
#include <QThread>

ModelPrefetch::ModelPrefetch(ChangeNotifier& store, QObject* parent)
    : QObject(parent)
{
    // Connected before the worker starts, so nothing committed after its
    // snapshot can go unrecorded; a write recorded that the snapshot already
    // holds is applied twice, which changes nothing.
    connect(&store, &ChangeNotifier::rowsInserted, this,
            [this](const QVector<qint64>& ids) { m_changed += ids; });
    connect(&store, &ChangeNotifier::rowsChanged, this,
            [this](const QVector<qint64>& ids) { m_changed += ids; });
    connect(&store, &ChangeNotifier::rowsRemoved, this,
            [this](const QVector<qint64>& ids) { m_removed += ids; });
    connect(&store, &ChangeNotifier::reset, this, [this] { m_reset = true; });
}

ModelPrefetch::~ModelPrefetch()
{
    if (m_thread)
        m_thread->wait();
}

void ModelPrefetch::start(const QString& path, std::function<void(Database&)> read)
{
    // Qt Sql sets up its driver registry on first use without a lock (Qt 6.4),
    // and two threads doing that at once register its clean-up twice, which
    // then re-registers itself for ever at exit: the process hung in
    // ~QApplication. A worker may now open the first connection of the
    // process (the window's plan read starts before the file is opened), so
    // the registry is set up here, on the thread that starts it.
    static const bool driversReady = !QSqlDatabase::drivers().isEmpty();
    Q_UNUSED(driversReady);
    m_thread.reset(QThread::create([this, path, read = std::move(read)] {
        Database db;
        // A read started before the file was opened for writing (the plan's,
        // at start-up) may find it not yet migrated: such rows are not used.
        if (!db.openForReading(path) || db.schemaVersion() != Database::SchemaVersion)
            return;
        read(db);
        m_opened = true;
    }));
    m_thread->start(QThread::LowPriority);
}

bool ModelPrefetch::isFinished() const
{
    return !m_thread || m_thread->isFinished();
}

bool ModelPrefetch::finish()
{
    if (!m_thread)
        return false;
    m_thread->wait();
    return m_opened && !m_reset;
}
