#include "SingleInstance.h"

#include "LocalTransport.h"
#include "LocalTransportLoader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

namespace {
// A command line is a quick-add line or a title; anything longer is not ours.
constexpr qint64 MaxMessageBytes = 64 * 1024;
constexpr int ConnectMs = 1000;
// The window answers from its event loop; a modal dialog keeps it turning.
constexpr int AnswerMs = 30000;
// How long a sender waits for a window that holds the lock to start listening
// (it does so after its first paint, half a second after its event loop starts).
constexpr int StartingWindowMs = 10000;
constexpr int RetryMs = 50;
} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_serverName(serverName(databasePath))
    , m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& databasePath)
{
    const QByteArray key = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("roadmap-planner-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

QString SingleInstance::lockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

bool SingleInstance::heldElsewhere(const QString& databasePath)
{
    QLockFile probe(lockPath(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

bool SingleInstance::claim()
{
    // A lock left by a crashed instance goes stale and is taken over.
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(100);
}

bool SingleInstance::listen(QString* error)
{
    LocalTransport* transport = LocalTransportLoader::load(error);
    if (!transport)
        return false;
    if (!transport->listen(
            m_serverName, MaxMessageBytes, [this](const QByteArray& line) { return answer(line); },
            this)) {
        *error = tr("could not listen on the local socket %1").arg(m_serverName);
        return false;
    }
    return true;
}

QByteArray SingleInstance::answer(const QByteArray& line)
{
    // "activate" is what planners before the versioned protocol sent.
    if (line == "activate") {
        emit activationRequested();
        return {};
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
    return reply.toMessage();
}

bool SingleInstance::send(const QString& databasePath, const RemoteCommand& command,
                          RemoteReply* reply)
{
    // A window takes the lock before it listens: without a holder there is
    // nobody to send to, and no reason to load the socket plugin.
    if (!heldElsewhere(databasePath))
        return false;
    QString missing;
    LocalTransport* transport = LocalTransportLoader::load(&missing);
    if (!transport) {
        *reply = {1,
                  tr("cannot reach the planner window holding %1: %2").arg(databasePath, missing)};
        return true;
    }
    const QString name = serverName(databasePath);
    const QByteArray message = command.toMessage();
    const QDeadlineTimer patience(StartingWindowMs);
    QByteArray line;
    LocalTransport::Request sent = LocalTransport::Request::NoListener;
    for (;;) {
        sent = transport->request(name, message, ConnectMs, AnswerMs, &line);
        if (sent != LocalTransport::Request::NoListener)
            break;
        if (!heldElsewhere(databasePath))
            return false; // the window closed meanwhile
        if (patience.hasExpired()) {
            // Still held but nobody listens: not a reason to write the file
            // behind that window's back.
            *reply = {1, tr("the planner window holding %1 does not answer").arg(databasePath)};
            return true;
        }
        QThread::msleep(RetryMs);
    }
    if (sent == LocalTransport::Request::NoAnswer) {
        // The window read the command and closed without an answer, or never
        // answered: it may or may not have applied it.
        *reply = {1, tr("the planner window holding %1 did not answer").arg(databasePath)};
        return true;
    }
    const std::optional<RemoteReply> answer = RemoteReply::fromMessage(line);
    *reply = answer ? *answer
                    : RemoteReply{1, tr("the planner window holding %1 answered in a protocol "
                                        "this command does not speak")
                                         .arg(databasePath)};
    return true;
}
