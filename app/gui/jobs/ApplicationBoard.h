#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class ApplicationCardDelegate;
class CollapsedStageStrip;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QListView;
class StageColumnProxy;
class StageRowKeys;
class Workspace;

// The kanban board: a column per stage, each a QListView over a
// StageColumnProxy on the shared filter proxy, painted by one card delegate.
// Dragging cards to another column pushes a MoveStageCommand. Columns keep a
// readable width and the board scrolls sideways; the closing stages fold into
// a thin strip, remembered across runs, so a laptop screen shows the live ones.
class ApplicationBoard : public QWidget
{
    Q_OBJECT
public:
    ApplicationBoard(Workspace& workspace, QAbstractItemModel* filtered, QWidget* parent = nullptr);

    // Rebuilds the columns in the given stage order.
    void setStageOrder(const QStringList& order);
    QListView* column(const QString& stage) const { return m_views.value(stage); }
    QStringList stageOrder() const { return m_order; }
    // Selected application ids across all columns.
    QVector<qint64> selectedIds() const;
    // Folds a closing stage into its strip, or opens it again.
    void setCollapsed(const QString& stage, bool collapsed);
    bool isCollapsed(const QString& stage) const;
    CollapsedStageStrip* strip(const QString& stage) const { return m_strips.value(stage); }
    // The least width a column keeps before the board scrolls.
    int columnMinimumWidth() const;

signals:
    void openRequested(qint64 id);

private:
    void addColumn(const QString& stage, ApplicationCardDelegate* delegate);
    QWidget* createHeader(const QString& stage, QWidget* parent);
    void moveToStage(const QVector<qint64>& ids, const QString& stage);
    void updateHeader(const QString& stage);

    Workspace& m_ws;
    QAbstractItemModel* m_filtered;
    StageRowKeys* m_keys;
    QHBoxLayout* m_columns;
    QStringList m_order;
    QHash<QString, QListView*> m_views;
    QHash<QString, QWidget*> m_boxes;
    QHash<QString, CollapsedStageStrip*> m_strips;
    QHash<QString, QLabel*> m_headers;
    QHash<QString, StageColumnProxy*> m_proxies;
};
