#pragma once

#include <QString>

// The tray choices, kept per machine in QSettings rather than in the plan file:
// a tray is a property of the desktop. The tray and the Settings dialog both
// read them here, so neither needs the other.
class TraySettings
{
public:
    static inline const QString CloseToTrayKey = QStringLiteral("tray/closeToTray");
    static inline const QString CloseNoticeShownKey = QStringLiteral("tray/closeNoticeShown");

    // Closing the window keeps the planner in the tray (the default) rather than quitting.
    static bool closeToTray();
    static void setCloseToTray(bool on);
};
