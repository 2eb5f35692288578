#pragma once

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;

// One chart of the product, as a widget: it rebuilds itself from the
// Workspace when the data it watches changes, and renders the same in the
// window and in an exported file. ChartFactory makes every panel by name.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(const QString& name, QWidget* parent = nullptr);

    // The stable name export and the command line use ("skills-targets").
    QString chartName() const { return m_name; }
    // Rebuilds from the data now, reading it now too (export, tests).
    void refresh();
    // Rebuilds now when on screen, otherwise when next shown: a chart on a
    // tab behind the current one is not drawn for nobody.
    void refreshWhenShown();
    // How many times the chart was rebuilt (lets tests see a rebuild happen).
    int revision() const { return m_revision; }

signals:
    void exportRequested(const QString& chartName);

public slots:
    // Coalesces a burst of store signals (an import, an undo of many rows)
    // into one rebuild on the next turn of the event loop.
    void scheduleRefresh();

protected:
    // Rebuild whenever the model resets, gains, loses or changes rows.
    void watch(QAbstractItemModel* model);
    // Reads the data and draws it; called by refresh().
    virtual void rebuild() = 0;
    // A watched model changed: data a panel keeps between rebuilds (so a
    // resize or a palette change redraws without reading) is out of date.
    virtual void invalidateData() {}
    // True in a rebuild the panel started itself (first shown, a change, a
    // resize) while it is on screen: a read too long for the window's thread
    // may run in the background and call refresh() with its answer. False in
    // refresh() and off screen, where the caller wants the chart drawn now.
    bool mayReadLater() const { return m_mayReadLater; }
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuildOnScreen();

    QString m_name;
    QTimer m_refreshTimer;
    int m_revision = 0;
    bool m_built = false;
    bool m_mayReadLater = false;
};
