#include "AppIcon.h"

#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSize>
#include <algorithm>
#include <array>

namespace {
constexpr std::array<int, 6> renditions = {16, 32, 48, 64, 128, 256};

// Reads a rendition when it is first drawn, not when the icon is made:
// QIcon::addFile decodes every file at once (14 M instructions for these six,
// most of it the 256-pixel one), before the first paint and on platforms that
// never ask for most of them.
class AppIconEngine : public QIconEngine
{
public:
    QIconEngine* clone() const override { return new AppIconEngine(*this); }
    QString key() const override { return QStringLiteral("RoadmapPlannerAppIcon"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : renditions)
            sizes.append(QSize(size, size));
        return sizes;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side).boundedTo(QSize(renditions.back(), renditions.back()));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize wanted = actualSize(size, mode, state);
        if (wanted.isEmpty())
            return {};
        // The smallest rendition at least as large, scaled down if need be.
        const auto it = std::lower_bound(renditions.begin(), renditions.end(), wanted.width());
        const int source = it == renditions.end() ? renditions.back() : *it;
        QPixmap& cached = m_read[source];
        if (cached.isNull())
            cached = QPixmap(QStringLiteral(":/icons/%1.png").arg(source));
        return cached.size() == wanted
                   ? cached
                   : cached.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

private:
    QHash<int, QPixmap> m_read;
};
} // namespace

QIcon AppIcon::icon()
{
    return QIcon(new AppIconEngine);
}
