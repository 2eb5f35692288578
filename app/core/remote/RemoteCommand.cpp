#include "RemoteCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr RemoteCommand::Kind AllKinds[] = {RemoteCommand::Kind::AddProblem,
                                            RemoteCommand::Kind::AddApplication,
                                            RemoteCommand::Kind::Tick, RemoteCommand::Kind::Show};

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

QString RemoteCommand::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::AddProblem:
        return QStringLiteral("add-problem");
    case Kind::AddApplication:
        return QStringLiteral("add-application");
    case Kind::Tick:
        return QStringLiteral("tick");
    case Kind::Show:
        break;
    }
    return QStringLiteral("show");
}

QByteArray RemoteCommand::toMessage() const
{
    return line({{QStringLiteral("v"), Version},
                 {QStringLiteral("command"), kindKey(kind)},
                 {QStringLiteral("text"), text}});
}

std::optional<RemoteCommand> RemoteCommand::fromMessage(const QByteArray& message, QString* error)
{
    const QJsonObject object = QJsonDocument::fromJson(message.trimmed()).object();
    const int version = object.value(QStringLiteral("v")).toInt();
    if (version != Version) {
        *error = QCoreApplication::translate("RemoteCommand",
                                             "the running planner speaks version %1 of the "
                                             "command protocol, not version %2")
                     .arg(Version)
                     .arg(version);
        return std::nullopt;
    }
    const QString key = object.value(QStringLiteral("command")).toString();
    for (const Kind kind : AllKinds) {
        if (kindKey(kind) == key)
            return RemoteCommand{kind, object.value(QStringLiteral("text")).toString()};
    }
    *error = QCoreApplication::translate("RemoteCommand", "unknown command '%1'").arg(key);
    return std::nullopt;
}

QByteArray RemoteReply::toMessage() const
{
    return line({{QStringLiteral("v"), RemoteCommand::Version},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("message"), message}});
}

std::optional<RemoteReply> RemoteReply::fromMessage(const QByteArray& message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.trimmed()).object();
    if (object.value(QStringLiteral("v")).toInt() != RemoteCommand::Version ||
        !object.contains(QStringLiteral("code")))
        return std::nullopt;
    return RemoteReply{object.value(QStringLiteral("code")).toInt(),
                       object.value(QStringLiteral("message")).toString()};
}
