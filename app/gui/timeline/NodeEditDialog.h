#pragma once

#include "core/roadmap/RoadmapNode.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// Edits one heading or item: title, status, dates and notes (Markdown).
class NodeEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NodeEditDialog(const RoadmapNode& node, QWidget* parent = nullptr);

    QString title() const;
    RoadmapNode::Status status() const;
    QDate startDate() const;
    QDate dueDate() const;
    QString notes() const;

private:
    QLineEdit* m_title;
    QComboBox* m_status;
    QCheckBox* m_dated;
    QDateEdit* m_start;
    QDateEdit* m_due;
    QPlainTextEdit* m_notes;
};
