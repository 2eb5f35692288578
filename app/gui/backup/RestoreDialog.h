#pragma once

#include "core/storage/BackupManager.h"

#include <QDialog>

class QTableWidget;

// Lists the backups with their dates and lets the user pick one to restore.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QVector<BackupManager::Backup>& backups, QWidget* parent = nullptr);

    QString chosenPath() const;

private:
    QVector<BackupManager::Backup> m_backups;
    QTableWidget* m_table;
};
