#pragma once

#include <QObject>
#include <functional>
#include <memory>

class Database;
class QThread;

// A read too long for the window's thread — a chart's counts over 100,000
// rows — run on a worker thread with a read-only connection of its own. The
// answer comes back on this object's thread. One read runs at a time: a read
// asked for while another runs replaces any still waiting and starts when the
// running one is done, so the window's thread never waits for a worker.
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRead(QObject* parent = nullptr);
    // Waits for a read still running: its thread owns a connection.
    ~BackgroundRead() override;

    // Runs `read` on a worker against `db`'s file, then `done` with its result
    // here. When the worker cannot open the file, `read` runs here on `db`
    // itself: late, but the answer still comes. False, and nothing runs, when
    // `db` has no file (an in-memory database): the caller reads now.
    template <typename T>
    bool start(Database& db, std::function<T(Database&)> read, std::function<void(T)> done)
    {
        return startJob(db, [read = std::move(read), done = std::move(done)](Database& on) {
            auto result = std::make_shared<T>(read(on));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }

private:
    // A job reads on the connection it is given and returns what to run on
    // this thread.
    using Job = std::function<std::function<void()>(Database&)>;
    bool startJob(Database& db, Job job);
    void run(Database& db, Job job);
    void delivered(const std::function<void()>& deliver);

    std::unique_ptr<QThread> m_thread;
    Database* m_pendingDb = nullptr;
    Job m_pending;
    // From run() until its answer has been handled here.
    bool m_inFlight = false;
};
