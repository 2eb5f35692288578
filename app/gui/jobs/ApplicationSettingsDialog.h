#pragma once

#include <QDialog>
#include <QMap>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class SettingsStore;

// The Applications tab's plan settings: sources, daily goal, follow-up days,
// salary bands and stage order. values() are handed to a SetSettingsCommand,
// so changing them is one undoable step.
class ApplicationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApplicationSettingsDialog(const SettingsStore& settings, QWidget* parent = nullptr);

    // Only the settings whose value changed.
    QMap<QString, QString> values() const;

private:
    void moveStage(int delta);

    const SettingsStore& m_settings;
    QPlainTextEdit* m_sources;
    QSpinBox* m_goalMin;
    QSpinBox* m_goalMax;
    QSpinBox* m_followUpDays;
    QMap<QString, QLineEdit*> m_bands;
    QListWidget* m_stages;
};
