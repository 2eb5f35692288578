#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtPlugin>
#include <functional>

// The local socket under SingleInstance, behind an interface. On Linux it is
// a plugin loaded when a window starts listening (after its first paint) or a
// second process sends: linking QtNetwork, and the nine libraries it brings
// (Kerberos, libproxy, …), made every start-up about 2.5 ms slower before the
// first paint, for a socket the first screen never uses. Elsewhere the same
// class is linked in as a static plugin.
class LocalTransport
{
public:
    // Called with each line a client sends, trimmed; returns the whole line to
    // answer with, or nothing to just hang up.
    using Answer = std::function<QByteArray(const QByteArray& line)>;
    enum class Request
    {
        NoListener, // nobody listens on the name
        NoAnswer,   // it took the message but hung up or timed out before answering
        Answered
    };

    virtual ~LocalTransport() = default;

    // Listens on `name` (owner-only access) until `owner` is destroyed; a
    // stale socket left by a crashed process is replaced. Lines longer than
    // maxLineBytes drop the connection.
    virtual bool listen(const QString& name, qint64 maxLineBytes, Answer answer,
                        QObject* owner) = 0;
    // Sends one line and waits for one line back.
    virtual Request request(const QString& name, const QByteArray& message, int connectMs,
                            int answerMs, QByteArray* answerLine) = 0;
};

#define PLANNER_LOCAL_TRANSPORT_IID "io.github.roadmapplanner.LocalTransport/1"
Q_DECLARE_INTERFACE(LocalTransport, PLANNER_LOCAL_TRANSPORT_IID)
