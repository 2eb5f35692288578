#pragma once

#include "core/jobs/ApplicationCsvImporter.h"
#include "gui/common/ImportPreviewDialog.h"

class QTableWidget;

// The import preview of an applications CSV: every column with the field it
// fills (changeable), every row with what it becomes (company, role, stage,
// date, salary), and every row left out or refused with its line and field.
// Nothing is written here; the tab imports result() as one undoable step.
class ApplicationImportDialog : public ImportPreviewDialog
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

    QByteArray m_bytes;
    QString m_fileName;
    QVector<Application> m_existing;
    QDate m_today;
    ApplicationCsvImporter::Result m_result;
    QTableWidget* m_mapping;
};
