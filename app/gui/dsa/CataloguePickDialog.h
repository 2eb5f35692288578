#pragma once

#include "core/dsa/Problem.h"

#include <QDialog>
#include <QSet>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// The built-in NeetCode 150 / Blind 75 list to pick from: filter, search,
// checkboxes. Problems already in the log are shown but cannot be picked again.
class CataloguePickDialog : public QDialog
{
    Q_OBJECT
public:
    CataloguePickDialog(const QVector<Problem>& catalogue, const QSet<QString>& loggedKeys,
                        QWidget* parent = nullptr);

    QVector<Problem> chosen() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    void applyFilter();
    void checkShown();
    void updateCount();

    QVector<Problem> m_catalogue;
    QComboBox* m_list;
    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QLabel* m_count;
};
