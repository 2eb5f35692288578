#include "ChartPanel.h"

#include <QAbstractItemModel>
#include <QContextMenuEvent>
#include <QMenu>

ChartPanel::ChartPanel(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("ChartPanel"));
    setContextMenuPolicy(Qt::DefaultContextMenu);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartPanel::rebuildOnScreen);
}

void ChartPanel::refresh()
{
    m_refreshTimer.stop();
    m_built = true;
    rebuild();
    ++m_revision;
}

void ChartPanel::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_built = false; // showEvent builds it
}

void ChartPanel::rebuildOnScreen()
{
    // An export lays the panel out off screen and then asks for refresh().
    m_mayReadLater = isVisible() && !testAttribute(Qt::WA_DontShowOnScreen);
    refresh();
    m_mayReadLater = false;
}

void ChartPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ChartPanel::watch(QAbstractItemModel* model)
{
    const auto changed = [this] {
        invalidateData();
        scheduleRefresh();
    };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export…"), this, [this] { emit exportRequested(m_name); });
    menu.exec(event->globalPos());
}

void ChartPanel::changeEvent(QEvent* event)
{
    // Colours and fonts come from the palette and the application font, so a
    // switch to dark mode or a new font rebuilds the chart.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleRefresh();
    QWidget::changeEvent(event);
}

void ChartPanel::showEvent(QShowEvent* event)
{
    if (!m_built)
        rebuildOnScreen();
    QWidget::showEvent(event);
}
