#pragma once

#include "core/reminders/Reminder.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QTimeEdit;
class Workspace;

// Preferences: the interface language (kept outside the plan database, since
// it must be known before one is open), the reminders and their quiet hours
// (kept with the plan), and what the tray and the system do with the planner
// (kept per machine).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a workspace only the language and the machine's options show.
    explicit SettingsDialog(Workspace* workspace = nullptr, QWidget* parent = nullptr);

    // The language code picked in the combo; empty means "follow the system".
    QString selectedLanguage() const;
    // Saves every choice; true when the language differs from the saved one.
    // Reminder changes become one undo step.
    bool apply();

private:
    struct ReminderRow
    {
        Reminder::Kind kind;
        QCheckBox* enabled;
        QComboBox* day; // weekly reminders only
        QTimeEdit* time;
    };
    QWidget* createReminders();
    QWidget* createSystem();
    void applyReminders();
    void applySystem();

    Workspace* m_ws;
    QComboBox* m_language;
    QVector<ReminderRow> m_rows;
    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QCheckBox* m_autostart = nullptr;
};
