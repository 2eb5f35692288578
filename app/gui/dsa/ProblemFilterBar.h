#pragma once

#include <QWidget>

class ProblemFilterProxy;
class QCheckBox;
class QComboBox;
class QLineEdit;
class TopicStore;

// The row above the problem table: search text, topic, difficulty, status and
// "due for review". Each change goes straight to the ProblemFilterProxy.
class ProblemFilterBar : public QWidget
{
    Q_OBJECT
public:
    ProblemFilterBar(ProblemFilterProxy* proxy, TopicStore& topics, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    // Shows only this topic's problems (a double-click in the topic table).
    void showTopic(const QString& topic);
    // Re-reads the topic names, keeping the chosen one when it still exists.
    void refreshTopics();

private:
    void applyFilters();

    ProblemFilterProxy* m_proxy;
    TopicStore& m_topics;
    QLineEdit* m_search;
    QComboBox* m_topicFilter;
    QComboBox* m_difficultyFilter;
    QComboBox* m_statusFilter;
    QCheckBox* m_dueFilter;
};
