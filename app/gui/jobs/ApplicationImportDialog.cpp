#include "ApplicationImportDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>
#include <algorithm>

namespace {
// A preview is for checking, not for reading 20,000 rows.
constexpr int previewLimit = 1000;
} // namespace

ApplicationImportDialog::ApplicationImportDialog(const QByteArray& bytes, const QString& fileName,
                                                 const QVector<Application>& existing,
                                                 const QDate& today, QWidget* parent)
    : ImportPreviewDialog(tr("Import Applications"), parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
    , m_existing(existing)
    , m_today(today)
    , m_mapping(new QTableWidget(this))
{
    setObjectName(QStringLiteral("applicationImportDialog"));
    m_mapping->setObjectName(QStringLiteral("columnMappingTableWidget"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMaximumHeight(fontMetrics().height() * 10);
    addSection(m_mapping);
    setColumns({tr("Line"), tr("Company"), tr("Role"), tr("Stage"), tr("Applied"), tr("Salary"),
                tr("What happens")});
    rows()->setRootIsDecorated(false);

    m_result = ApplicationCsvImporter::read(m_bytes, m_fileName, m_existing, m_today);
    fillMapping();
    fillPreview();
}

void ApplicationImportDialog::reread()
{
    QVector<ApplicationCsvMapping::Field> mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        mapping.append(ApplicationCsvMapping::Field(combo->currentData().toInt()));
    }
    m_result = ApplicationCsvImporter::read(m_bytes, m_fileName, m_existing, m_today, mapping);
    fillPreview();
}

void ApplicationImportDialog::fillMapping()
{
    m_mapping->setRowCount(int(m_result.headers.size()));
    for (int i = 0; i < m_result.headers.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(m_result.headers[i]));
        m_mapping->item(i, 0)->setFlags(Qt::ItemIsEnabled);
        auto* combo = new QComboBox(m_mapping);
        combo->setAccessibleName(tr("Field for column %1").arg(m_result.headers[i]));
        for (int f = 0; f < ApplicationCsvMapping::FieldCount; ++f)
            combo->addItem(ApplicationCsvMapping::fieldName(ApplicationCsvMapping::Field(f)), f);
        combo->setCurrentIndex(combo->findData(int(m_result.mapping.value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ApplicationImportDialog::reread);
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void ApplicationImportDialog::fillPreview()
{
    rows()->clear();
    const QLocale locale;
    const int shown = std::min(int(m_result.rows.size()), previewLimit);
    for (int i = 0; i < shown; ++i) {
        const ApplicationCsvImporter::Row& r = m_result.rows[i];
        const Application& a = r.record.application;
        QString what = tr("imported");
        if (a.remote)
            what += QStringLiteral(" · ") + tr("remote");
        if (!r.record.history.isEmpty())
            what +=
                QStringLiteral(" · ") + tr("%n stage event(s)", "", int(r.record.history.size()));
        addRow(
            {QString::number(r.line), a.company, a.role, Application::stageName(a.stage),
             a.appliedOn.isValid() ? locale.toString(a.appliedOn, QLocale::ShortFormat) : QString(),
             a.salaryAdvertised > 0 ? tr("%L1 LPA").arg(a.salaryAdvertised) : QString(), what});
    }
    for (int c = 0; c < rows()->columnCount() - 1; ++c)
        rows()->resizeColumnToContents(c);
    // Oddities the rows were imported with (the value kept in notes, or
    // guessed), rows left out on purpose, and rows that cannot be imported.
    QVector<ImportIssue> notes = m_result.warnings;
    for (ImportIssue i : std::as_const(m_result.skipped)) {
        i.message = tr("left out: %1").arg(i.message);
        notes.append(i);
    }
    std::stable_sort(notes.begin(), notes.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
    setIssues(notes, m_result.problems);

    if (!m_result.fatal.isEmpty()) {
        setSummary(tr("%1 cannot be imported: %2").arg(m_fileName, m_result.fatal));
    } else {
        QString text = tr("%1: %n row(s) to import", "", int(m_result.rows.size())).arg(m_fileName);
        if (!m_result.problems.isEmpty())
            text += QStringLiteral(" · ") + tr("%n row(s) cannot be imported (in orange below)", "",
                                               int(m_result.problems.size()));
        if (!m_result.warnings.isEmpty())
            text += QStringLiteral(" · ") + tr("%n warning(s): values kept in notes or guessed", "",
                                               int(m_result.warnings.size()));
        if (!m_result.skipped.isEmpty())
            text += QStringLiteral(" · ") +
                    tr("%n left out as duplicates or empty", "", int(m_result.skipped.size()));
        if (!m_result.preset.isEmpty())
            text += QStringLiteral(" · ") + tr("recognised as a %1 export").arg(m_result.preset);
        setSummary(text);
    }
    setImportable(m_result.fatal.isEmpty() && !m_result.rows.isEmpty(),
                  int(m_result.problems.size()));
}
