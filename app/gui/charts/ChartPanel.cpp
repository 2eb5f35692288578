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
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartPanel::refresh);
}

void ChartPanel::refresh()
{
    m_refreshTimer.stop();
    m_built = true;
    rebuild();
    ++m_revision;
}

void ChartPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ChartPanel::watch(QAbstractItemModel* model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChartPanel::scheduleRefresh);
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
        refresh();
    QWidget::showEvent(event);
}
