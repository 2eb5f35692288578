#pragma once

#include "core/jobs/ApplicationRecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class SettingsStore;

// Everything about one application: details, offer against the plan's band,
// contacts, interview rounds and the stage history (read only). It edits a
// copy; the tab turns the result into undoable commands.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationDialog(const ApplicationRecord& record, const SettingsStore& settings,
                      const QStringList& stageOrder, QWidget* parent = nullptr);

    ApplicationRecord record() const;
    QString stage() const;

private:
    QWidget* detailsPage();
    QWidget* offerPage();
    QWidget* contactsPage();
    QWidget* roundsPage();
    QWidget* historyPage();
    void addRound(const InterviewRound& round);
    void updateBand();

    ApplicationRecord m_record;
    const SettingsStore& m_settings;
    QStringList m_order;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_role = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_location = nullptr;
    QCheckBox* m_remote = nullptr;
    QLineEdit* m_link = nullptr;
    QDateEdit* m_applied = nullptr;
    QDateEdit* m_followUp = nullptr;
    QLineEdit* m_skills = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QDoubleSpinBox* m_advertised = nullptr;
    QDoubleSpinBox* m_expected = nullptr;
    QDoubleSpinBox* m_offered = nullptr;
    QLabel* m_band = nullptr;
    QTableWidget* m_contacts = nullptr;
    QTableWidget* m_rounds = nullptr;
};
