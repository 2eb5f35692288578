#pragma once

#include "core/jobs/ApplicationCsvImporter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The column-mapping step and preview of a CSV import: every column with the
// field it fills (changeable), every row with what will happen to it —
// imported, skipped as a duplicate, or refused with its reason. Nothing is
// written here; the tab imports result() as one undoable step.
class ApplicationImportDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationImportDialog(const QByteArray& bytes, const QString& fileName,
                            const QVector<Application>& existing, const QDate& today,
                            QWidget* parent = nullptr);

    const ApplicationCsvImporter::Result& result() const { return m_result; }

private:
    void reread();
    void fillMapping();
    void fillPreview();
    void updateButtons();

    QByteArray m_bytes;
    QString m_fileName;
    QVector<Application> m_existing;
    QDate m_today;
    ApplicationCsvImporter::Result m_result;
    QLabel* m_summary;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QCheckBox* m_skipBad;
    QPushButton* m_import;
};
