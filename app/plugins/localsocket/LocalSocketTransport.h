#pragma once

#include "gui/LocalTransport.h"

#include <QObject>

// LocalTransport over QLocalServer and QLocalSocket (a Unix domain socket, or a
// named pipe on Windows). One line in, one line out, then the connection closes.
class LocalSocketTransport : public QObject, public LocalTransport
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PLANNER_LOCAL_TRANSPORT_IID)
    Q_INTERFACES(LocalTransport)
public:
    bool listen(const QString& name, qint64 maxLineBytes, Answer answer, QObject* owner) override;
    Request request(const QString& name, const QByteArray& message, int connectMs, int answerMs,
                    QByteArray* answerLine) override;
};
