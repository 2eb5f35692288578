#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class Database;
class QThread;

// A read too long for the window's thread — a chart's counts over 100,000
// rows — run on a worker thread with a read-only connection of its own. The
// answer comes back on this object's thread. A read asked for while another
// runs waits for it and then runs instead of the older answer, so what
// arrives last always follows the last change it was asked about.
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRead(QObject* parent = nullptr);
    // Waits for a read still running: its thread owns a connection.
    ~BackgroundRead() override;

    // Runs `read` on a worker against the file at `path`, then `done` with its
    // result here. False, and nothing runs, when there is no file to open (an
    // unsaved or in-memory database): the caller reads on its own connection.
    template <typename T>
    bool start(const QString& path, std::function<T(Database&)> read, std::function<void(T)> done)
    {
        return startJob(path, [read = std::move(read), done = std::move(done)](Database& db) {
            auto result = std::make_shared<T>(read(db));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }
    bool isRunning() const;
    // Waits for the reads asked for so far and delivers their answer (tests,
    // and a caller that needs the numbers now).
    void finish();

signals:
    // The worker could not open the file; nothing will be delivered for this read.
    void failed(const QString& error);

private:
    // A job reads on the worker and returns what to run on this thread.
    using Job = std::function<std::function<void()>(Database&)>;
    bool startJob(const QString& path, Job job);
    void run(const QString& path, Job job);
    void delivered(quint64 generation, const std::function<void()>& deliver);
    void openFailed(const QString& error);

    std::unique_ptr<QThread> m_thread;
    QString m_pendingPath;
    Job m_pending;
    quint64 m_generation = 0;
    // From run() until its answer (or failure) has been handled here.
    bool m_inFlight = false;
};
