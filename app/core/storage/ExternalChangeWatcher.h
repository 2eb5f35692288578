#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Notices commits made to the file by another connection — the command line
// while the window is open, a second process, a sync tool, a restore elsewhere.
// SQLite's PRAGMA data_version changes when another connection commits and
// never for this connection's own writes, so the check is one cheap query,
// asked on a timer and whenever the caller asks (window focus, before undo).
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 2000;

    explicit ExternalChangeWatcher(Database& db, QObject* parent = nullptr);

    // Checks now: true, and changed() emitted, when another connection wrote
    // since the last check.
    bool check();
    void start(int intervalMs = IntervalMs);

signals:
    void changed();

private:
    qint64 dataVersion() const;

    Database& m_db;
    QTimer m_timer;
    qint64 m_version = -1;
    int m_generation = -1;
};
