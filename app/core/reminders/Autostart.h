#pragma once

#include <QString>

// "Start with the system": an autostart .desktop entry on Linux (in
// $XDG_CONFIG_HOME/autostart), the Run key on Windows, a LaunchAgent plist on
// macOS (~/Library/LaunchAgents; only compiled there, untested here).
class Autostart
{
public:
    static bool isEnabled();
    // Writes or removes the entry for `program` (the running executable by
    // default); on failure sets *error to a sentence naming the file.
    static bool setEnabled(bool enabled, QString* error = nullptr, const QString& program = {});
    // Where the entry lives (a file, or the registry value's path on Windows).
    static QString location();
};
