#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Workspace;

// "What do I review today?": problems whose review is due (or overdue), with
// one button per grade. Grading pushes one undo command.
class DueTodayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DueTodayPanel(Workspace& workspace, QWidget* parent = nullptr);

    int dueCount() const;
    QListWidget* list() const { return m_list; }

public slots:
    void refresh();

signals:
    void commandPushed();

private:
    void grade(int grade);

    Workspace& m_ws;
    QListWidget* m_list;
    QLabel* m_empty;
    QVector<QPushButton*> m_gradeButtons;
};
