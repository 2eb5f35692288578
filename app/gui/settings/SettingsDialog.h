#pragma once

#include <QDialog>

class QComboBox;

// Preferences that live outside the plan database (they must be known before
// a database is open): for now, the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // The language code picked in the combo; empty means "follow the system".
    QString selectedLanguage() const;
    // Saves the choice; true when the language differs from the saved one.
    bool apply();

private:
    QComboBox* m_language;
};
