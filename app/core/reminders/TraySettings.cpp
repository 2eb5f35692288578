#include "TraySettings.h"

#include <QSettings>

bool TraySettings::closeToTray()
{
    return QSettings().value(CloseToTrayKey, true).toBool();
}

void TraySettings::setCloseToTray(bool on)
{
    QSettings().setValue(CloseToTrayKey, on);
}
