#pragma once

#include <QPointer>
#include <QTabWidget>
#include <QVector>
#include <functional>

// A tab widget whose pages are built the first time they become current or are
// asked for, so the window paints without building tabs (and loading models)
// that the first screen does not show. Until then a page is an empty
// placeholder; once built, the real widget takes its place in the tab bar.
class LazyTabWidget : public QTabWidget
{
    Q_OBJECT
public:
    using Factory = std::function<QWidget*()>;
    explicit LazyTabWidget(QWidget* parent = nullptr);

    int addLazyTab(Factory factory, const QString& title);
    // The page at index, built now if it was not yet.
    QWidget* page(int index);
    bool isBuilt(int index) const;

signals:
    void pageBuilt(int index, QWidget* page);

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QVector<Factory> m_factories; // empty once that page is built
    // The current page, kept hidden through this widget's first show (event());
    // a placeholder page can be replaced (and deleted) in between.
    QPointer<QWidget> m_heldBack;
};
