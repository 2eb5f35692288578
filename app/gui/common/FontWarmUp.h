#pragma once

#include <future>
#include <thread>

// Reads the system's font list on a worker thread while the main thread
// builds the application object, opens the database and builds what needs no
// font (menus, Today's numbers).
//
// The list is Qt's font database: on Linux, fontconfig's configuration (a few
// dozen XML files) and its description of every installed face. Building it
// was a third of the main thread's instructions before the first paint, and
// the main thread waited for it at the first widget that measures text.
// - Before the application object exists, the worker can only load
//   fontconfig's configuration, which needs nothing from Qt (and is most of
//   the work); where there is no fontconfig, it just waits.
// - After applicationReady(), it fills Qt's font database, which every thread
//   shares (Qt documents QFontDatabase as thread-safe).
// It loads no font: engines belong to the thread that loads them, so one
// loaded here would be work the main thread waits for (they share a lock)
// and cannot use.
class FontWarmUp
{
public:
    FontWarmUp();
    // Waits for the worker; tells it to stop if applicationReady() was never
    // called (a start-up that ended early).
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    // The QGuiApplication exists: the worker may go on to Qt's font database.
    // Once only.
    void applicationReady();
    // Waits for the worker; without applicationReady() first, it stops after
    // fontconfig.
    void wait();

private:
    void release(bool go);

    // In this order: the thread, constructed last, takes m_go's future.
    std::promise<bool> m_go;
    bool m_released = false;
    std::thread m_thread;
};
