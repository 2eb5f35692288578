#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

namespace {
// A command line is a quick-add line or a title; anything longer is not ours.
constexpr qint64 MaxMessageBytes = 64 * 1024;
constexpr int ConnectMs = 1000;
// The window answers from its event loop; a modal dialog keeps it turning.
constexpr int AnswerMs = 30000;
} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_serverName(serverName(databasePath))
    , m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock")))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& databasePath)
{
    const QByteArray key = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("roadmap-planner-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

bool SingleInstance::claim()
{
    // A lock left by a crashed instance goes stale and is taken over.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(100))
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName);
    if (m_server->listen(m_serverName)) {
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }
    return true;
}

void SingleInstance::answer(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxMessageBytes).trimmed();
    // "activate" is what planners before the versioned protocol sent.
    if (line == "activate") {
        emit activationRequested();
        socket->disconnectFromServer();
        return;
    }
    QString error;
    const std::optional<RemoteCommand> command = RemoteCommand::fromMessage(line, &error);
    RemoteReply reply{2, error};
    if (command && m_handler) {
        reply = m_handler(*command);
    } else if (command && command->kind == RemoteCommand::Kind::Show) {
        emit activationRequested();
        reply = {0, QString()};
    } else if (command) {
        reply = {1, tr("this planner window takes no commands")};
    }
    socket->write(reply.toMessage());
    socket->flush();
    socket->disconnectFromServer();
}

bool SingleInstance::send(const QString& databasePath, const RemoteCommand& command,
                          RemoteReply* reply)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(ConnectMs))
        return false;
    socket.write(command.toMessage());
    socket.waitForBytesWritten(ConnectMs);
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerMs)) {
            // The window read the command and closed without an answer, or
            // never answered: it may or may not have applied it.
            *reply = {1, tr("the planner window holding %1 did not answer").arg(databasePath)};
            return true;
        }
    }
    const std::optional<RemoteReply> answer = RemoteReply::fromMessage(socket.readLine());
    *reply = answer ? *answer
                    : RemoteReply{1, tr("the planner window holding %1 answered in a protocol "
                                        "this command does not speak")
                                         .arg(databasePath)};
    return true;
}
