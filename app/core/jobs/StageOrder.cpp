#include "StageOrder.h"

#include "core/jobs/Application.h"
#include "core/storage/SettingsStore.h"

QStringList StageOrder::fromSetting(const QString& value)
{
    const QStringList known = Application::stageKeys();
    QStringList order;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (known.contains(key) && !order.contains(key))
            order.append(key);
    }
    for (const QString& key : known) {
        if (!order.contains(key))
            order.append(key);
    }
    return order;
}

QString StageOrder::toSetting(const QStringList& keys)
{
    return fromSetting(keys.join(u',')).join(u',');
}

QStringList StageOrder::load(const SettingsStore& settings)
{
    return fromSetting(settings.value(SettingKey));
}
