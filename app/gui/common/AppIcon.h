#pragma once

class QIcon;

// The application's icon for its windows and the tray, from the PNG
// renditions the Linux package installs (16 to 256 pixels). Not the SVG: Qt
// draws SVG icons only through the optional SVG icon engine plugin, so
// without it (a fresh Debian has none; the DEB only recommends it) the window
// and the tray had no icon at all, and looking for the plugin cost every
// start-up a scan of the plugin folders.
namespace AppIcon {
QIcon icon();
}
