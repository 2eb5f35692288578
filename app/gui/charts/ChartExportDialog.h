#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class Workspace;

// File › Export Chart… and a chart's right-click › Export…: which chart, the
// size in pixels, the scale (device pixel ratio) and the PNG file.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    ChartExportDialog(Workspace& workspace, const QString& chartName, QWidget* parent = nullptr);

    QString chartName() const;
    QSize imageSize() const;
    qreal scale() const;
    QString filePath() const;

    void accept() override;

private:
    void browse();

    Workspace& m_ws;
    QComboBox* m_chart;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QLineEdit* m_file;
};
