#pragma once

#include <QWidget>

class Database;
class QLabel;

// The strip above the tabs while the planner's file is open read-only: what
// that means, and the way to go on editing — a copy saved where the user can
// write, opened in place of the original.
class ReadOnlyBanner : public QWidget
{
    Q_OBJECT
public:
    ReadOnlyBanner(const Database& db, QWidget* parent = nullptr);

    QString text() const;
    // Asks where to save a copy, writes it and offers to open it; returns the
    // copy's path when the user chose to open it.
    QString saveCopy();

signals:
    // The user saved a copy and wants to work on it.
    void openCopyRequested(const QString& path);

private:
    const Database& m_db;
    QLabel* m_label;
};
