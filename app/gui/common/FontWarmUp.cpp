#include "FontWarmUp.h"

#include <QFontDatabase>
#include <QStringList>

#ifdef PLANNER_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

// A std::thread, not a QThread: it starts before Qt's application object.
FontWarmUp::FontWarmUp()
    : m_thread([go = m_go.get_future()]() mutable {
#ifdef PLANNER_HAVE_FONTCONFIG
        // Qt's fontconfig database begins with FcInit() too, which then
        // usually finds the configuration loaded (fontconfig installs it
        // atomically; a call before this one ends loads a second copy).
        FcInit();
#endif
        if (go.get())
            QFontDatabase::families();
    })
{}

FontWarmUp::~FontWarmUp()
{
    release(false);
    wait();
}

void FontWarmUp::applicationReady()
{
    release(true);
}

void FontWarmUp::wait()
{
    release(false);
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmUp::release(bool go)
{
    if (m_released)
        return;
    m_released = true;
    m_go.set_value(go);
}
