#include "ImportPreviewDialog.h"

#include "gui/common/StatusPalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_issues(new QTreeWidget(this))
    , m_sections(new QVBoxLayout)
    , m_skipBad(new QCheckBox(tr("Import the other rows and leave out the ones that cannot be "
                                 "imported"),
                              this))
{
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    // The tree name is the one tests and the plan preview have always used.
    m_rows->setObjectName(QStringLiteral("importTreeWidget"));
    m_rows->setUniformRowHeights(true);
    m_rows->setWordWrap(false);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_issues->setObjectName(QStringLiteral("importIssuesTreeWidget"));
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setHeaderLabels({tr("Line"), tr("Field"), tr("Warning")});
    m_issues->header()->setStretchLastSection(true);
    m_issues->setHidden(true);

    m_skipBad->setObjectName(QStringLiteral("skipBadRowsCheckBox"));
    m_skipBad->setHidden(true);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportPreviewDialog::updateImport);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_rows);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_sections);
    layout->addWidget(m_skipBad);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 38);
}

bool ImportPreviewDialog::ask()
{
    return exec() == QDialog::Accepted;
}

void ImportPreviewDialog::setSummary(const QString& text)
{
    m_summary->setText(text);
}

void ImportPreviewDialog::setColumns(const QStringList& headers)
{
    m_rows->setHeaderLabels(headers);
}

QTreeWidgetItem* ImportPreviewDialog::addRow(const QStringList& cells, QTreeWidgetItem* parent)
{
    auto* item = parent ? new QTreeWidgetItem(parent, cells) : new QTreeWidgetItem(m_rows, cells);
    item->setFlags(Qt::ItemIsEnabled); // a preview: nothing to select or edit
    for (int c = 0; c < cells.size(); ++c)
        item->setToolTip(c, cells[c]);
    return item;
}

void ImportPreviewDialog::setIssues(const QVector<ImportIssue>& warnings,
                                    const QVector<ImportIssue>& problems)
{
    m_issues->clear();
    for (const ImportIssue& issue : warnings)
        addIssue(issue, false);
    for (const ImportIssue& issue : problems)
        addIssue(issue, true);
    m_issues->setHidden(m_issues->topLevelItemCount() == 0);
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
}

void ImportPreviewDialog::addIssue(const ImportIssue& issue, bool problem)
{
    auto* item =
        new QTreeWidgetItem(m_issues, {issue.line > 0 ? QString::number(issue.line) : QString(),
                                       issue.field, issue.message});
    item->setIcon(0, QIcon::fromTheme(QStringLiteral("dialog-warning")));
    item->setToolTip(2, issue.message);
    if (problem) {
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, StatusPalette::overdue());
    }
}

void ImportPreviewDialog::addSection(QWidget* widget, int stretch)
{
    m_sections->addWidget(widget, stretch);
}

void ImportPreviewDialog::setImportable(bool anything, int badRows)
{
    m_anything = anything;
    m_skipBad->setVisible(badRows > 0);
    if (badRows == 0)
        m_skipBad->setChecked(false);
    updateImport();
}

void ImportPreviewDialog::updateImport()
{
    m_import->setEnabled(m_anything && (m_skipBad->isHidden() || m_skipBad->isChecked()));
}
