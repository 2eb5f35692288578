#include "FontWarmUp.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QThread>

FontWarmUp::FontWarmUp(const QFont& font, const QString& sample)
{
    // The worker builds a QFont of its own from the description: a copy would
    // share its private part, whose engine cache the main thread fills at the
    // same time.
    const QString family = font.family();
    const qreal points = font.pointSizeF();
    const QFont::StyleStrategy strategy = font.styleStrategy();
    m_thread.reset(QThread::create([family, points, strategy, sample] {
        QFontDatabase::families();
        QFont own(family);
        if (points > 0)
            own.setPointSizeF(points);
        own.setStyleStrategy(strategy);
        // Measuring looks up the fallback families for each script in the
        // text (one fontconfig sort each), which every later font shares.
        // Latin is always there: numbers and names are written in it.
        QFontMetricsF(own).horizontalAdvance(QStringLiteral("A ") + sample);
    }));
    // Normal priority: the main thread is about to wait for this.
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    m_thread->wait();
}
