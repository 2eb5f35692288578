#include "ApplicationBoard.h"

#include "core/Workspace.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/MoveStageCommand.h"
#include "core/jobs/StageColumnProxy.h"
#include "core/jobs/StageRowKeys.h"
#include "core/storage/EditStack.h"
#include "gui/jobs/ApplicationCardDelegate.h"
#include "gui/jobs/CollapsedStageStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

ApplicationBoard::ApplicationBoard(Workspace& workspace, QAbstractItemModel* filtered,
                                   QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_filtered(filtered)
    // Before any column's proxy connects to the same source (see StageRowKeys).
    , m_keys(new StageRowKeys(filtered, this))
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_columns = new QHBoxLayout(inner);
    m_columns->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setStageOrder(Application::stageKeys());
}

namespace {
const QString collapsedKey = QStringLiteral("applications/collapsedStages");
} // namespace

void ApplicationBoard::setStageOrder(const QStringList& order)
{
    if (order == m_order)
        return;
    m_order = order;
    while (QLayoutItem* item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_proxies);
    m_views.clear();
    m_headers.clear();
    m_proxies.clear();
    m_boxes.clear();
    m_strips.clear();
    auto* delegate = new ApplicationCardDelegate(m_ws.applicationModel(), this);
    for (const QString& stage : order)
        addColumn(stage, delegate);
    const QStringList collapsed = QSettings().value(collapsedKey).toStringList();
    for (const QString& stage : collapsed)
        if (m_strips.contains(stage))
            setCollapsed(stage, true);
}

int ApplicationBoard::columnMinimumWidth() const
{
    // Room for "Backend Developer" on a card line, and for "110 d in stage"
    // beside the follow-up badge.
    return fontMetrics().averageCharWidth() * 28;
}

void ApplicationBoard::addColumn(const QString& stage, ApplicationCardDelegate* delegate)
{
    auto* box = new QWidget;
    box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    box->setMinimumWidth(columnMinimumWidth());
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* proxy = new StageColumnProxy(stage, this);
    proxy->setRowKeys(m_keys);
    proxy->setSourceModel(m_filtered);
    auto* view = new QListView(box);
    view->setObjectName(stage + QStringLiteral("ListView"));
    view->setAccessibleName(Application::stageName(stage));
    view->setItemDelegate(delegate);
    // Same-size cards: the view lays out 20,000 rows without asking each.
    view->setUniformItemSizes(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDropIndicatorShown(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The model last: each setting above re-lays out the rows a view has.
    view->setModel(proxy);
    column->addWidget(createHeader(stage, box));
    column->addWidget(view, 1);
    m_columns->addWidget(box, 1);
    m_boxes.insert(stage, box);
    m_views.insert(stage, view);
    m_proxies.insert(stage, proxy);
    if (Application::isClosingStage(stage)) {
        auto* strip = new CollapsedStageStrip;
        strip->setObjectName(stage + QStringLiteral("CollapsedStrip"));
        strip->setAccessibleName(tr("Expand %1").arg(Application::stageName(stage)));
        strip->hide();
        m_columns->addWidget(strip);
        m_strips.insert(stage, strip);
        connect(strip, &CollapsedStageStrip::clicked, this,
                [this, stage] { setCollapsed(stage, false); });
    }
    connect(proxy, &StageColumnProxy::droppedIntoStage, this, &ApplicationBoard::moveToStage);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, [this, stage] { updateHeader(stage); });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this, stage] { updateHeader(stage); });
    connect(proxy, &QAbstractItemModel::layoutChanged, this,
            [this, stage] { updateHeader(stage); });
    connect(view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(ApplicationModel::IdRole).toLongLong());
    });
    updateHeader(stage);
}

QWidget* ApplicationBoard::createHeader(const QString& stage, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QLabel(row);
    header->setObjectName(stage + QStringLiteral("HeaderLabel"));
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    // Long stage names wrap instead of widening their column.
    header->setWordWrap(true);
    header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Room for two lines in every header, so the columns' lists start level.
    header->setMinimumHeight(header->fontMetrics().lineSpacing() * 2);
    header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    layout->addWidget(header, 1);
    m_headers.insert(stage, header);
    if (Application::isClosingStage(stage)) {
        auto* fold = new QToolButton(row);
        fold->setObjectName(stage + QStringLiteral("CollapseToolButton"));
        fold->setArrowType(Qt::LeftArrow);
        fold->setAutoRaise(true);
        fold->setToolTip(tr("Collapse %1").arg(Application::stageName(stage)));
        fold->setAccessibleName(fold->toolTip());
        layout->addWidget(fold, 0, Qt::AlignBottom);
        connect(fold, &QToolButton::clicked, this, [this, stage] { setCollapsed(stage, true); });
    }
    return row;
}

void ApplicationBoard::setCollapsed(const QString& stage, bool collapsed)
{
    CollapsedStageStrip* strip = m_strips.value(stage);
    if (!strip)
        return; // only the closing stages fold
    m_boxes.value(stage)->setVisible(!collapsed);
    strip->setVisible(collapsed);
    QSettings settings;
    QStringList folded = settings.value(collapsedKey).toStringList();
    folded.removeAll(stage);
    if (collapsed)
        folded.append(stage);
    settings.setValue(collapsedKey, folded);
}

bool ApplicationBoard::isCollapsed(const QString& stage) const
{
    const CollapsedStageStrip* strip = m_strips.value(stage);
    return strip && !strip->isHidden();
}

void ApplicationBoard::updateHeader(const QString& stage)
{
    QLabel* header = m_headers.value(stage);
    StageColumnProxy* proxy = m_proxies.value(stage);
    if (!header || !proxy)
        return;
    const QString text = tr("%1 (%2)").arg(Application::stageName(stage)).arg(proxy->rowCount());
    header->setText(text);
    if (CollapsedStageStrip* strip = m_strips.value(stage)) {
        strip->setText(text);
        strip->setToolTip(strip->accessibleName());
        strip->updateGeometry();
    }
}

QVector<qint64> ApplicationBoard::selectedIds() const
{
    QVector<qint64> ids;
    for (const QString& stage : m_order) {
        const QListView* view = m_views.value(stage);
        // A card is a row; its other columns may be selected too.
        for (const QModelIndex& i : view->selectionModel()->selectedIndexes()) {
            const qint64 id = i.data(ApplicationModel::IdRole).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void ApplicationBoard::moveToStage(const QVector<qint64>& ids, const QString& stage)
{
    // Queued: the drop is still being delivered to the view whose rows the
    // move takes away.
    QMetaObject::invokeMethod(
        this,
        [this, ids, stage] {
            m_ws.undoStack().push(new MoveStageCommand(m_ws.applications(), ids, stage,
                                                       m_ws.applicationModel().today()));
        },
        Qt::QueuedConnection);
}
