#pragma once

#include <QString>
#include <QStringList>

class SettingsStore;

// The order of the stages on the board and in the funnel. The user may
// reorder them; the order is kept in the `setting` table so it travels with
// the file. Unknown keys are dropped and missing ones appended, so a damaged
// setting can never hide a stage (and the applications in it).
class StageOrder
{
public:
    static inline const QString SettingKey = QStringLiteral("jobs.stage_order");

    static QStringList fromSetting(const QString& value);
    static QString toSetting(const QStringList& keys);
    static QStringList load(const SettingsStore& settings);
};
