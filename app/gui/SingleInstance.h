#pragma once

#include "core/remote/RemoteCommand.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

// One window per database file. The first instance holds a lock file beside the
// database and listens on a local socket (owner-only, see LocalTransport); a
// second process on the same file sends it a RemoteCommand there — "show" to
// bring it to the front, or a quick add — so two windows never edit the same
// plan with separate undo stacks, and the command lands on the window's one.
//
// Taking the lock and listening are two steps: the window takes the lock before
// it opens the file and listens after its first paint. A sender that finds the
// lock held but nobody listening yet waits for the window to start listening.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    using CommandHandler = std::function<RemoteReply(const RemoteCommand&)>;

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process now owns the file (holds its lock).
    bool claim();
    // Starts answering commands; call after claim(). False, with *error set,
    // when the local socket cannot be opened.
    bool listen(QString* error);
    // Runs the commands that arrive (a show without a handler only activates).
    void setCommandHandler(CommandHandler handler) { m_handler = std::move(handler); }

    // Sends `command` to the window that holds `databasePath` and waits for
    // its answer, or for the window to start listening (a few seconds at
    // most; then *reply says it does not answer). False when no window holds
    // the file (then *reply is untouched).
    static bool send(const QString& databasePath, const RemoteCommand& command, RemoteReply* reply);

signals:
    void activationRequested();

private:
    static QString serverName(const QString& databasePath);
    static QString lockPath(const QString& databasePath);
    // True while another live process holds the file's lock.
    static bool heldElsewhere(const QString& databasePath);
    QByteArray answer(const QByteArray& line);

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    CommandHandler m_handler;
};
