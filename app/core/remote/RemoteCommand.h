#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// A command for the window that holds a database, sent by a second process
// over the single-instance socket: one line of JSON,
//   {"v":1,"command":"add-problem","text":"two sum #arrays easy"}
// and one line back,
//   {"v":1,"code":0,"message":"Added problem \"two sum\""}.
// "v" is the protocol version: a window that does not speak it answers with
// code 2 instead of guessing.
struct RemoteCommand
{
    static constexpr int Version = 1;
    // What --show opens: a tab, or a tab's quick-add line.
    static inline const QStringList ShowTargets{
        QStringLiteral("today"),          QStringLiteral("timeline"), QStringLiteral("dsa"),
        QStringLiteral("applications"),   QStringLiteral("skills"),   QStringLiteral("add-problem"),
        QStringLiteral("add-application")};

    enum class Kind
    {
        AddProblem,
        AddApplication,
        Tick,
        Show
    };

    Kind kind = Kind::Show;
    // The quick-add line, the item's title, or what to show.
    QString text;

    QByteArray toMessage() const;
    // Empty with *error set when the line is not a command of this version.
    static std::optional<RemoteCommand> fromMessage(const QByteArray& line, QString* error);
    static QString kindKey(Kind kind);
};

// What a command did: the process exit code (0 done, 1 refused, 2 a bad
// value) and one line for the user.
struct RemoteReply
{
    int code = 0;
    QString message;

    bool ok() const { return code == 0; }
    QByteArray toMessage() const;
    static std::optional<RemoteReply> fromMessage(const QByteArray& line);
};
