#include "ApplicationImportDialog.h"

#include "gui/common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// A preview is for checking, not for reading 20,000 rows.
constexpr int previewLimit = 1000;
} // namespace

ApplicationImportDialog::ApplicationImportDialog(const QByteArray& bytes, const QString& fileName,
                                                 const QVector<Application>& existing,
                                                 const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
    , m_existing(existing)
    , m_today(today)
    , m_summary(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_skipBad(new QCheckBox(tr("Import the other rows and leave out the ones that cannot be "
                                 "imported"),
                              this))
{
    setObjectName(QStringLiteral("applicationImportDialog"));
    setWindowTitle(tr("Import Applications"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_mapping->setObjectName(QStringLiteral("columnMappingTableWidget"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview->setObjectName(QStringLiteral("importPreviewTableWidget"));
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Company"), tr("Role"), tr("Stage"), tr("Applied"), tr("What happens")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_skipBad->setObjectName(QStringLiteral("skipBadRowsCheckBox"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skipBad, &QCheckBox::toggled, this, &ApplicationImportDialog::updateButtons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipBad);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);

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
    struct Line
    {
        int line;
        const Application* app;
        QString what;
        bool problem;
    };
    QVector<Line> lines;
    for (const ApplicationCsvImporter::Row& r : std::as_const(m_result.rows)) {
        const Application& a = r.record.application;
        QString what = tr("imported");
        if (a.salaryAdvertised > 0)
            what += QStringLiteral(" · ") + tr("%L1 LPA").arg(a.salaryAdvertised);
        if (a.remote)
            what += QStringLiteral(" · ") + tr("remote");
        if (!r.record.history.isEmpty())
            what +=
                QStringLiteral(" · ") + tr("%n stage event(s)", "", int(r.record.history.size()));
        lines.append({r.line, &a, what, false});
    }
    // Oddities the rows were imported with: the value kept in notes, or guessed.
    for (const ImportIssue& i : std::as_const(m_result.warnings))
        lines.append({i.line, nullptr,
                      i.field.isEmpty() ? i.message : tr("%1: %2").arg(i.field, i.message), false});
    for (const ImportIssue& i : std::as_const(m_result.problems))
        lines.append({i.line, nullptr,
                      i.field.isEmpty() ? i.message : tr("%1: %2").arg(i.field, i.message), true});
    for (const ImportIssue& i : std::as_const(m_result.skipped))
        lines.append({i.line, nullptr, tr("left out: %1").arg(i.message), false});
    std::sort(lines.begin(), lines.end(),
              [](const Line& a, const Line& b) { return a.line < b.line; });
    const int shown = std::min(int(lines.size()), previewLimit);
    m_preview->setRowCount(shown);
    const QLocale locale;
    for (int row = 0; row < shown; ++row) {
        const Line& l = lines[row];
        const QStringList cells = {QString::number(l.line),
                                   l.app ? l.app->company : QString(),
                                   l.app ? l.app->role : QString(),
                                   l.app ? Application::stageName(l.app->stage) : QString(),
                                   l.app && l.app->appliedOn.isValid()
                                       ? locale.toString(l.app->appliedOn, QLocale::ShortFormat)
                                       : QString(),
                                   l.what};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (l.problem)
                item->setForeground(StatusPalette::overdue());
            m_preview->setItem(row, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (!m_result.fatal.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %2").arg(m_fileName, m_result.fatal));
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
        m_summary->setText(text);
    }
    updateButtons();
}

void ApplicationImportDialog::updateButtons()
{
    m_skipBad->setVisible(!m_result.problems.isEmpty());
    m_import->setEnabled(m_result.fatal.isEmpty() && !m_result.rows.isEmpty() &&
                         (m_result.problems.isEmpty() || m_skipBad->isChecked()));
}
