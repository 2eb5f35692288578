#pragma once

#include <QWidget>

class ApplicationQuickAddBar;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class Workspace;

// "What do I do today?", the first screen: this week's open plan items
// (overdue first), reviews due with a one-key grade, today's applications
// against the goal with a quick add, follow-ups due, interviews in the next
// 48 hours and the streak. Every number and line comes from the workspace's
// Today object; each line opens its item in its tab (openRequested).
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Workspace& workspace, QWidget* parent = nullptr);

    QListWidget* planList() const { return m_plan; }
    QListWidget* reviewList() const { return m_reviews; }
    QListWidget* followUpList() const { return m_followUps; }
    QListWidget* interviewList() const { return m_interviews; }
    void focusQuickAdd();

public slots:
    // Fills every line from the workspace's Today object; whoever shows the
    // view calls it first (MainWindow does when it is polished).
    void refresh();

signals:
    // A target for MainWindow::openTarget: "timeline/item/ID", "dsa/problem/ID",
    // "applications/application/ID".
    void openRequested(const QString& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidget* makeList(const QString& objectName, const QString& accessibleName);
    void activate(QListWidgetItem* item);
    void gradeCurrent(int grade);

    Workspace& m_ws;
    QLabel* m_heading;
    QLabel* m_summary;
    QLabel* m_planTitle;
    QListWidget* m_plan;
    QLabel* m_reviewTitle;
    QListWidget* m_reviews;
    QLabel* m_gradeHint = nullptr;
    QLabel* m_goalText;
    QProgressBar* m_goal;
    ApplicationQuickAddBar* m_quickAdd;
    QLabel* m_followUpTitle;
    QListWidget* m_followUps;
    QLabel* m_interviewTitle;
    QListWidget* m_interviews;
};
