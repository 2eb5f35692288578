#pragma once

#include <QSize>
#include <QString>

class MainWindow;
class Workspace;

// Pictures of every screen for review (scripts/screenshots.sh): Today, each
// tab, and the dialogs, at one window size, in the running language and
// palette. The window is laid out at the size without a real screen.
class ScreenshotTour
{
public:
    // Writes NN-name.png files into `dir`; returns the number written, or -1
    // when the folder cannot be made.
    static int run(Workspace& workspace, MainWindow& window, const QString& dir, const QSize& size);
};
