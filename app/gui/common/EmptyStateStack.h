#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QLabel;

// Shows a view while its model has rows, and a sentence saying what to do next
// when it has none — never a bare empty table.
class EmptyStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    EmptyStateStack(QWidget* view, QAbstractItemModel* model, const QString& emptyText,
                    QWidget* parent = nullptr);

    bool isShowingEmptyState() const;
    void setEmptyText(const QString& text);

private:
    void update();

    QWidget* m_view;
    QLabel* m_label;
    QAbstractItemModel* m_model;
};
