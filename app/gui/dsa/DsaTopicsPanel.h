#pragma once

#include <QVector>
#include <QWidget>

class QTableView;
class Workspace;

// The DSA tab's "Topics" page: each topic against the plan's target, a
// double-click to filter the problems by it, and "Reset progress" of a topic
// or a catalogue. The tab does the filtering and the reset (one undo step).
class DsaTopicsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DsaTopicsPanel(Workspace& workspace, QWidget* parent = nullptr);

    QTableView* view() const { return m_topics; }

signals:
    void topicActivated(const QString& topic);
    // `what` names the topic or catalogue in the undo step and messages.
    void resetRequested(const QVector<qint64>& ids, const QString& what);

private:
    QString topicAt(int row) const;
    void resetSelectedTopic();

    Workspace& m_ws;
    QTableView* m_topics;
};
