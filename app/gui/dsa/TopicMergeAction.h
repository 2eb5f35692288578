#pragma once

#include <QAction>
#include <functional>

class QAbstractItemView;
class Workspace;

// "Merge into…" on the DSA tab's topic list: with two or more topics
// selected, asks which one to keep and merges the others into it as one
// undoable MergeTopicsCommand. Their names stay as aliases, so imports and
// quick add that use them land on the kept topic.
class TopicMergeAction : public QAction
{
    Q_OBJECT
public:
    // Given the selected names, returns the one to keep, or empty to cancel.
    using Chooser = std::function<QString(const QStringList& names)>;

    TopicMergeAction(Workspace& workspace, QAbstractItemView* topics, QObject* parent = nullptr);

    // Tests answer the question instead of the modal dialog.
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

private:
    void updateEnabled();
    void mergeSelected();
    QString askWhichToKeep(const QStringList& names) const;

    Workspace& m_ws;
    QAbstractItemView* m_topics;
    Chooser m_chooser;
};
