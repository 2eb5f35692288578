#pragma once

class QApplication;

// Fusion with a dark palette: how the planner is checked in dark mode on any
// desktop (--dark), and what a user without a dark system theme can choose.
namespace DarkPalette {
void apply(QApplication& app);
}
