#include "LocalSocketTransport.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace {
void answerOnce(QLocalSocket* socket, qint64 maxLineBytes, const LocalTransport::Answer& answer)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxLineBytes)
            socket->abort();
        return;
    }
    const QByteArray reply = answer(socket->readLine(maxLineBytes).trimmed());
    if (!reply.isEmpty()) {
        socket->write(reply);
        socket->flush();
    }
    socket->disconnectFromServer();
}
} // namespace

bool LocalSocketTransport::listen(const QString& name, qint64 maxLineBytes, Answer answer,
                                  QObject* owner)
{
    auto* server = new QLocalServer(owner);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    // The caller holds the lock file, so a socket already there is a crashed
    // instance's.
    QLocalServer::removeServer(name);
    if (!server->listen(name)) {
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, server, [server, maxLineBytes, answer] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket,
                    [socket, maxLineBytes, answer] { answerOnce(socket, maxLineBytes, answer); });
        }
    });
    return true;
}

LocalTransport::Request LocalSocketTransport::request(const QString& name,
                                                      const QByteArray& message, int connectMs,
                                                      int answerMs, QByteArray* answerLine)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(connectMs))
        return Request::NoListener;
    socket.write(message);
    socket.waitForBytesWritten(connectMs);
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerMs))
            return Request::NoAnswer;
    }
    *answerLine = socket.readLine();
    return Request::Answered;
}
