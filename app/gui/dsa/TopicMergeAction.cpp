#include "TopicMergeAction.h"

#include "core/Workspace.h"
#include "core/dsa/MergeTopicsCommand.h"
#include "core/dsa/TopicModel.h"
#include "core/storage/EditStack.h"

#include <QAbstractItemView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <algorithm>

TopicMergeAction::TopicMergeAction(Workspace& workspace, QAbstractItemView* topics, QObject* parent)
    : QAction(tr("&Merge into…"), parent)
    , m_ws(workspace)
    , m_topics(topics)
{
    setObjectName(QStringLiteral("mergeTopicsAction"));
    setToolTip(tr("Merge the selected topics into one; the other names become its aliases"));
    connect(this, &QAction::triggered, this, &TopicMergeAction::mergeSelected);
    connect(m_topics->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicMergeAction::updateEnabled);
    // A reload resets the model and with it the selection.
    connect(m_topics->model(), &QAbstractItemModel::modelReset, this,
            &TopicMergeAction::updateEnabled);
    updateEnabled();
}

void TopicMergeAction::updateEnabled()
{
    setEnabled(m_topics->selectionModel()->selectedRows(TopicModel::TopicColumn).size() >= 2);
}

void TopicMergeAction::mergeSelected()
{
    QStringList names;
    QVector<qint64> ids;
    QModelIndexList rows = m_topics->selectionModel()->selectedRows(TopicModel::TopicColumn);
    std::sort(rows.begin(), rows.end()); // the model's order, not the clicks'
    for (const QModelIndex& row : std::as_const(rows)) {
        names.append(row.data().toString());
        ids.append(row.data(TopicModel::IdRole).toLongLong());
    }
    if (ids.size() < 2)
        return;
    const QString keep = m_chooser ? m_chooser(names) : askWhichToKeep(names);
    const qsizetype at = names.indexOf(keep);
    if (at < 0)
        return;
    const qint64 into = ids.takeAt(at);
    m_topics->clearSelection();
    m_ws.undoStack().push(new MergeTopicsCommand(m_ws.topics(), m_ws.problems(), into, ids));
}

QString TopicMergeAction::askWhichToKeep(const QStringList& names) const
{
    bool ok = false;
    // The list is in the model's order: plan topics with targets come first,
    // and they are usually the ones to keep.
    const QString keep = QInputDialog::getItem(m_topics->window(), tr("Merge topics"),
                                               tr("&Keep this topic:"), names, 0, false, &ok);
    return ok ? keep : QString();
}
