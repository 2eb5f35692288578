#pragma once

// How long the main window's status bar keeps a message, by what it says: the
// longer the sentence and the more it matters, the longer it stays.
struct StatusTimeouts
{
    // "Tick … — Ctrl+Z to undo" after every step: short, the next step replaces it.
    static constexpr int UndoHint = 4000;
    // A finished export naming its file.
    static constexpr int Done = 5000;
    // An import, a backup or a command sent from outside, with what it changed.
    static constexpr int Result = 8000;
    // Something that changed under the user (a reload, a restore) and how to go back.
    static constexpr int Notice = 10000;
};
