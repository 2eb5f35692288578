#pragma once

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

class ChangeNotifier;
class Database;
class QThread;

// Reads a table model's rows on a worker thread, with a connection of its own,
// while the user looks at the first screen: at 100,000 problems that read is
// most of a second, and doing it when the tab is first shown froze the window.
// What the store announces meanwhile is kept, so the model built from the rows
// catches up with every write made after the worker's snapshot.
class ModelPrefetch : public QObject
{
    Q_OBJECT
public:
    explicit ModelPrefetch(ChangeNotifier& store, QObject* parent = nullptr);
    // Waits for a read still running: its thread owns a connection.
    ~ModelPrefetch() override;

    // Opens `path` read-only on a worker thread and runs `read` there.
    void start(const QString& path, std::function<void(Database&)> read);
    // Waits for the worker. True when what it read can be used: the file
    // opened and no reset was announced since start() (a reset means anything
    // may have changed, so the caller reads afresh instead).
    bool finish();
    // Whether finish() would return at once: the worker is done, or none ran.
    bool isFinished() const;
    // Rows written or removed since start(), for the model to apply on top.
    const QVector<qint64>& changedSince() const { return m_changed; }
    const QVector<qint64>& removedSince() const { return m_removed; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_opened{false};
    bool m_reset = false;
    QVector<qint64> m_changed;
    QVector<qint64> m_removed;
};

// A ModelPrefetch with the rows it reads: `Rows` is what the model's
// constructor takes.
template <typename Rows> class PrefetchedRows
{
public:
    PrefetchedRows(ChangeNotifier& store, const QString& path,
                   std::function<Rows(Database&)> reader)
        : m_read(store)
        , m_rows(std::make_shared<Rows>())
    {
        // The worker writes through its own copy of the pointer, so the rows
        // outlive nothing they need.
        m_read.start(path, [rows = m_rows, reader = std::move(reader)](Database& db) {
            *rows = reader(db);
        });
    }
    // Waits for the rows; false when they cannot be used (see finish()).
    bool take(Rows* rows)
    {
        if (!m_read.finish())
            return false;
        *rows = std::move(*m_rows);
        return true;
    }
    const ModelPrefetch& read() const { return m_read; }
    bool isFinished() const { return m_read.isFinished(); }

private:
    ModelPrefetch m_read;
    std::shared_ptr<Rows> m_rows;
};
