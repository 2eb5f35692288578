#include "RestoreDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return RestoreDialog::tr("Daily");
    if (reason == QLatin1String("manual"))
        return RestoreDialog::tr("Made by you");
    if (reason == QLatin1String("before-import"))
        return RestoreDialog::tr("Before an import");
    if (reason == QLatin1String("before-restore"))
        return RestoreDialog::tr("Before a restore");
    return reason;
}
} // namespace

RestoreDialog::RestoreDialog(const QVector<BackupManager::Backup>& backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_table(new QTableWidget(int(backups.size()), 3, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a Backup"));
    auto* intro = new QLabel(tr("The planner's current state is saved as a backup first, so a "
                                "restore can itself be undone by restoring that copy."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("backupTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const BackupManager::Backup& b = backups[row];
        m_table->setItem(row, 0,
                         new QTableWidgetItem(locale.toString(b.created, QLocale::LongFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(reasonText(b.reason)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(b.size)));
        m_table->item(row, 0)->setToolTip(b.path);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!backups.isEmpty())
        m_table->selectRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 380);
}

QString RestoreDialog::chosenPath() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_backups.size() ? m_backups[row].path : QString();
}
