#pragma once

#include "core/remote/RemoteCommand.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One window per database file. The first instance holds a lock file beside the
// database and listens on a local socket (owner-only); a second process on the
// same file sends it a RemoteCommand there — "show" to bring it to the front,
// or a quick add — so two windows never edit the same plan with separate undo
// stacks, and the command lands on the window's one.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    using CommandHandler = std::function<RemoteReply(const RemoteCommand&)>;

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process now owns the file and listens for commands.
    bool claim();
    // Runs the commands that arrive (a show without a handler only activates).
    void setCommandHandler(CommandHandler handler) { m_handler = std::move(handler); }

    // Sends `command` to the window that holds `databasePath` and waits for
    // its answer. False when no window listens there (then *reply is untouched).
    static bool send(const QString& databasePath, const RemoteCommand& command, RemoteReply* reply);

signals:
    void activationRequested();

private:
    static QString serverName(const QString& databasePath);
    void answer(QLocalSocket* socket);

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    CommandHandler m_handler;
};
