#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QSqlDatabase;
class QThread;

// SQLite's quick_check, read from every page of the file. At 100,000 problems
// it takes most of a second, so a window that opens a file already at the
// current schema runs it after the first paint, on a worker thread with a
// connection of its own; a file about to be migrated is checked before (see
// Database::open).
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject* parent = nullptr);
    // Waits for a check still running: its thread owns a connection.
    ~IntegrityCheck() override;

    // The check on an open connection, on the calling thread. Returns false
    // when it could not run (*error says why); otherwise *problems holds what
    // SQLite reported, empty for a sound file.
    static bool run(const QSqlDatabase& db, QStringList* problems, QString* error);

    // Checks `path` on a worker thread; finished() arrives on this object's thread.
    void start(const QString& path);
    bool isRunning() const;

signals:
    // Empty when the file is sound; otherwise what is wrong with it, for a message.
    void finished(const QString& problem);

private:
    static QString checkFile(const QString& path);

    std::unique_ptr<QThread> m_thread;
};
