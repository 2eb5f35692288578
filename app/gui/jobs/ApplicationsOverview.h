#pragma once

#include <QWidget>

class ApplicationFunnelChart;
class DailyApplicationsChart;
class QLabel;
class QListWidget;
class QProgressBar;
class QTimer;
class Workspace;

// The side of the Applications tab that answers "how many today, what needs a
// follow-up, how is the pipeline doing?": the daily goal, the last seven days
// and the funnel as small charts (the gui/charts ones in compact mode), and
// the overdue follow-ups.
class ApplicationsOverview : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsOverview(Workspace& workspace, QWidget* parent = nullptr);

    // Recomputes soon; many row signals in a row cost one refresh.
    void scheduleRefresh();
    void refresh();

signals:
    void openRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshGoal();
    void refreshFollowUps();
    void writeFunnelToolTip();

    Workspace& m_ws;
    QLabel* m_goalText;
    QProgressBar* m_goal;
    QLabel* m_days;
    QListWidget* m_followUps;
    QLabel* m_followUpTitle;
    DailyApplicationsChart* m_week;
    ApplicationFunnelChart* m_funnel;
    QTimer* m_timer;
    // The funnel's tooltip is worked out when it is asked for: it reads every
    // stage event, which at 20,000 applications was most of the tab's first visit.
    bool m_funnelToolTipStale = true;
};
