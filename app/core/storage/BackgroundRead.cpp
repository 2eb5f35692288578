#include "BackgroundRead.h"

#include "core/storage/Database.h"

#include <QFileInfo>
#include <QThread>

BackgroundRead::BackgroundRead(QObject* parent)
    : QObject(parent)
{}

BackgroundRead::~BackgroundRead()
{
    if (m_thread)
        m_thread->wait();
}

bool BackgroundRead::startJob(Database& db, Job job)
{
    if (db.path().isEmpty() || !QFileInfo::exists(db.path()))
        return false;
    if (m_inFlight) {
        m_pendingDb = &db;
        m_pending = std::move(job);
        return true;
    }
    run(db, std::move(job));
    return true;
}

void BackgroundRead::run(Database& db, Job job)
{
    // The previous worker has posted its answer, so this wait is at most the
    // thread's last instructions.
    if (m_thread)
        m_thread->wait();
    m_inFlight = true;
    // The answer crosses back by a queued call on this object, so it arrives
    // on the owner's thread, and never after this object is gone (the
    // destructor waits for the thread first).
    m_thread.reset(QThread::create([this, owner = &db, path = db.path(), job] {
        Database worker;
        std::function<void()> deliver;
        if (worker.openForReading(path))
            deliver = job(worker);
        QMetaObject::invokeMethod(
            this,
            [this, owner, job, deliver] {
                // A file the worker could not open is read on the owner's connection.
                delivered(deliver ? deliver : job(*owner));
            },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void BackgroundRead::delivered(const std::function<void()>& deliver)
{
    m_inFlight = false;
    if (m_pending) {
        // Asked again while this one ran: its answer may miss that change.
        Job next = std::move(m_pending);
        m_pending = nullptr;
        run(*m_pendingDb, std::move(next));
        return;
    }
    deliver();
}
