#pragma once

#include "core/dsa/ProblemRecord.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// Details of one problem with its attempts. Edits stay in the dialog until OK;
// the tab then pushes one undo command with the before and after snapshots.
class ProblemDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemDialog(const ProblemRecord& record, const QStringList& topicNames, const QDate& today,
                  QWidget* parent = nullptr);

    // The edited snapshot (status rules applied through ProblemEdits).
    ProblemRecord result() const;

private:
    void addAttempt();
    void removeAttempt();
    void fillAttempts();

    ProblemRecord m_record; // attempts edited live here
    QDate m_today;
    QLineEdit* m_title;
    QLineEdit* m_link;
    QLineEdit* m_platform;
    QLineEdit* m_topics;
    QComboBox* m_difficulty;
    QComboBox* m_status;
    QSpinBox* m_confidence;
    QLineEdit* m_companies;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    QTableWidget* m_attempts;
    QDateEdit* m_attemptDay;
    QSpinBox* m_attemptMinutes;
    QComboBox* m_attemptOutcome;
};
