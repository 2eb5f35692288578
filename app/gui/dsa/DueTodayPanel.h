#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class Workspace;

// "What do I review today?": the reviews the Today object lists as due (or
// overdue), with one button per grade. Grading pushes one undo command.
class DueTodayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DueTodayPanel(Workspace& workspace, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

public slots:
    void refresh();

private:
    void grade(int grade);

    Workspace& m_ws;
    QListWidget* m_list;
    QLabel* m_empty;
    QWidget* m_buttons;
};
