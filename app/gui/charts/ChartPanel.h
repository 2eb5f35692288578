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
    // Rebuilds from the data now.
    void refresh();
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
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QString m_name;
    QTimer m_refreshTimer;
    int m_revision = 0;
    bool m_built = false;
};
