#pragma once

#include "core/io/ImportIssue.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

// The one preview every import shows before anything is written: a summary,
// a table of what each row of the file becomes (a tree for a plan), every
// warning and unreadable row with its line and field, and Import/Cancel. The
// per-kind dialogs (RoadmapImportDialog, ProblemImportDialog,
// ApplicationImportDialog) fill in the columns and add their own options.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const QString& title, QWidget* parent = nullptr);

    // Runs the dialog; true when the user chose Import.
    bool ask();

protected:
    void setSummary(const QString& text);
    void setColumns(const QStringList& headers);
    QTreeWidget* rows() const { return m_rows; }
    // Read-only cells with the full text as tooltip; under `parent` for a tree.
    QTreeWidgetItem* addRow(const QStringList& cells, QTreeWidgetItem* parent = nullptr);
    // Warnings were imported as read; problems are rows that cannot be imported.
    void setIssues(const QVector<ImportIssue>& warnings, const QVector<ImportIssue>& problems = {});
    // A widget between the preview and the buttons (options, a column mapping).
    void addSection(QWidget* widget, int stretch = 0);
    // Import stays off while there is nothing to import, or bad rows the user
    // has not agreed to leave out.
    void setImportable(bool anything, int badRows);
    QPushButton* importButton() const { return m_import; }

private:
    void addIssue(const ImportIssue& issue, bool problem);
    void updateImport();

    QLabel* m_summary;
    QTreeWidget* m_rows;
    QTreeWidget* m_issues;
    QVBoxLayout* m_sections;
    QCheckBox* m_skipBad;
    QPushButton* m_import;
    bool m_anything = false;
};
