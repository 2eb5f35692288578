#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLockFile;

// One window per database file. The first instance holds a lock file beside the
// database and listens on a local socket; a second instance on the same file
// asks the first to come to the front and exits, so two windows never edit the
// same plan with separate undo stacks.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process now owns the file. When false, the running
    // instance has been asked to show itself.
    bool claim();

signals:
    void activationRequested();

private:
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};
