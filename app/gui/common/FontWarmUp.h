#pragma once

#include <QString>
#include <memory>

class QFont;
class QThread;

// Reads the system's font list on a worker thread while the main thread opens
// the database and builds what needs no font (menus, Today's numbers).
//
// The list is Qt's font database: on Linux, fontconfig's description of every
// installed face. Building it is about a third of the instructions before the
// first paint, and the main thread waited for it at the first widget that
// measures text. The database and its fallback lists are shared by all
// threads (Qt documents QFontDatabase as thread-safe); the font engines are
// not (each thread keeps its own), so the worker loads no more than it needs
// to fill the shared parts.
class FontWarmUp
{
public:
    // `font` is the interface's font; `sample` is text in the interface's
    // language, so the fallbacks for its script (Devanagari for Hindi) are
    // looked up too.
    FontWarmUp(const QFont& font, const QString& sample);
    // Waits for the worker: it must not outlive the application object.
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    // Waits for the worker; for tests.
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
};
