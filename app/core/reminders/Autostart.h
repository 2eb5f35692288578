#pragma once

#include <QString>
#include <QStringList>

// "Start with the system": an autostart .desktop entry on Linux (in
// $XDG_CONFIG_HOME/autostart), the Run key in HKCU on Windows, a LaunchAgent
// plist on macOS (~/Library/LaunchAgents). The entry starts the planner with
// --minimized (only the tray icon, or a minimised window without a tray) and
// keeps the database the user chose.
class Autostart
{
public:
    static bool isEnabled();
    // Writes or removes the entry for `program` (the running executable by
    // default) opening `databasePath` (the default file when empty); on
    // failure sets *error to a sentence naming the file.
    static bool setEnabled(bool enabled, QString* error = nullptr, const QString& program = {},
                           const QString& databasePath = {});
    // Where the entry lives (a file, or the registry value's path on Windows).
    static QString location();

    // The arguments after the program: --minimized, then --database PATH when
    // a file other than the default is open.
    static QStringList arguments(const QString& databasePath);
    // Each platform's entry as text, built on every platform so each can be
    // tested anywhere; only the running platform's one is ever written.
    static QString desktopEntry(const QString& program, const QStringList& arguments);
    static QString launchAgentPlist(const QString& program, const QStringList& arguments);
    static QString windowsCommandLine(const QString& program, const QStringList& arguments);
};
