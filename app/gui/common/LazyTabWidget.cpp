#include "LazyTabWidget.h"

#include <QEvent>
#include <utility>

LazyTabWidget::LazyTabWidget(QWidget* parent)
    : QTabWidget(parent)
{
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            page(index);
    });
}

int LazyTabWidget::addLazyTab(Factory factory, const QString& title)
{
    const int index = addTab(new QWidget, title);
    m_factories.resize(index + 1);
    m_factories[index] = std::move(factory);
    return index;
}

bool LazyTabWidget::isBuilt(int index) const
{
    return index >= m_factories.size() || !m_factories[index];
}

QWidget* LazyTabWidget::page(int index)
{
    if (isBuilt(index))
        return widget(index);
    const Factory factory = std::exchange(m_factories[index], Factory());
    QWidget* built = factory();
    // Swap the placeholder for the page without telling anyone that the current
    // tab changed: for the user it is the same tab.
    const bool wasCurrent = currentIndex() == index;
    QWidget* placeholder = widget(index);
    const QString title = tabText(index);
    const bool blocked = blockSignals(true);
    insertTab(index, built, title);
    // The page becomes current before the placeholder goes: removing the
    // current page first made the stack show a neighbouring tab's page for a
    // moment, a fifth of the Skills tab's first visit.
    if (wasCurrent)
        setCurrentIndex(index);
    removeTab(index + 1);
    blockSignals(blocked);
    delete placeholder;
    emit pageBuilt(index, built);
    return built;
}

bool LazyTabWidget::event(QEvent* event)
{
    // On its first show QTabWidget shows its pages before it lays itself out
    // (its show event does that), so the current page is laid out once at a
    // provisional size and again at the real one; for the Today view that was
    // a whole extra pass of wrapped text. The page waits for the show event.
    if (event->type() == QEvent::Polish && !isVisible() && currentWidget() &&
        !currentWidget()->isHidden()) {
        m_heldBack = currentWidget();
        m_heldBack->hide();
    }
    return QTabWidget::event(event);
}

void LazyTabWidget::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event); // lays the page area out at this widget's size
    if (m_heldBack) {
        QWidget* page = m_heldBack;
        m_heldBack.clear();
        if (page == currentWidget())
            page->show();
    }
}
