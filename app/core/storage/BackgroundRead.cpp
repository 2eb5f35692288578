#include "BackgroundRead.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
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

bool BackgroundRead::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundRead::startJob(const QString& path, Job job)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return false;
    ++m_generation;
    if (m_inFlight) {
        // One read at a time per object: the newest request replaces one
        // already waiting, and starts when the running read is done.
        m_pendingPath = path;
        m_pending = std::move(job);
        return true;
    }
    run(path, std::move(job));
    return true;
}

void BackgroundRead::run(const QString& path, Job job)
{
    if (m_thread)
        m_thread->wait();
    const quint64 generation = m_generation;
    m_inFlight = true;
    // The answer crosses back by a queued call on this object, so it arrives
    // on the owner's thread, and never after this object is gone (the
    // destructor waits for the thread first).
    m_thread.reset(QThread::create([this, path, generation, job = std::move(job)] {
        Database db;
        if (!db.openForReading(path)) {
            const QString error = db.errorString();
            QMetaObject::invokeMethod(
                this, [this, error] { openFailed(error); }, Qt::QueuedConnection);
            return;
        }
        std::function<void()> deliver = job(db);
        QMetaObject::invokeMethod(
            this, [this, generation, deliver] { delivered(generation, deliver); },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void BackgroundRead::openFailed(const QString& error)
{
    m_inFlight = false;
    m_pending = nullptr;
    emit failed(error);
}

void BackgroundRead::delivered(quint64 generation, const std::function<void()>& deliver)
{
    m_inFlight = false;
    if (m_pending) {
        // Asked again while this one ran: its answer may miss that change.
        Job next = std::move(m_pending);
        m_pending = nullptr;
        run(m_pendingPath, std::move(next));
        return;
    }
    if (generation == m_generation)
        deliver();
}

void BackgroundRead::finish()
{
    // Each delivery may start the waiting read; keep going until none runs
    // and none waits.
    while (m_inFlight) {
        if (m_thread)
            m_thread->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}
