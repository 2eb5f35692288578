#include "ChartExportDialog.h"

#include "gui/charts/ChartExporter.h"
#include "gui/charts/ChartFactory.h"
#include "gui/common/FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString sizeKey = QStringLiteral("export/chartSize");
const QString scaleKey = QStringLiteral("export/chartScale");
const QString folderKey = QStringLiteral("export/folder");
} // namespace

ChartExportDialog::ChartExportDialog(Workspace& workspace, const QString& chartName,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_chart(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_file(new QLineEdit(this))
{
    setWindowTitle(tr("Export Chart"));
    m_chart->setObjectName(QStringLiteral("chartComboBox"));
    m_chart->setAccessibleName(tr("Chart"));
    for (const ChartFactory::Info& info : ChartFactory::charts())
        m_chart->addItem(info.title, info.name);
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(chartName)));

    QSettings settings;
    const QSize size =
        ChartExporter::parseSize(settings.value(sizeKey).toString()).value_or(QSize(1600, 900));
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(ChartExporter::MinSide, ChartExporter::MaxSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("widthSpinBox"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_width->setValue(size.width());
    m_height->setObjectName(QStringLiteral("heightSpinBox"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_height->setValue(size.height());
    m_scale->setObjectName(QStringLiteral("scaleSpinBox"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setValue(settings.value(scaleKey, 1.0).toDouble());
    m_scale->setToolTip(tr("2× doubles the pixels for sharp images on high-DPI screens"));

    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setAccessibleName(tr("File"));
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 48);
    const QString folder =
        settings
            .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    m_file->setText(
        QDir(folder).filePath(m_chart->currentData().toString() + QStringLiteral(".png")));
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo current(m_file->text());
        m_file->setText(
            current.dir().filePath(m_chart->currentData().toString() + QStringLiteral(".png")));
    });
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browsePushButton"));
    connect(browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Chart:"), m_chart);
    // Rows holding a layout need an explicit buddy for their shortcut.
    auto* sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ChartExportDialog::chartName() const
{
    return m_chart->currentData().toString();
}

QSize ChartExportDialog::imageSize() const
{
    return {m_width->value(), m_height->value()};
}

qreal ChartExportDialog::scale() const
{
    return m_scale->value();
}

QString ChartExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ChartExportDialog::browse()
{
    const QString path =
        FileDialogs::saveFileName(this, tr("Export Chart"), filePath(), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        m_file->setText(path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
                            ? path
                            : path + QStringLiteral(".png"));
}

void ChartExportDialog::accept()
{
    QString error;
    if (filePath().isEmpty()) {
        m_file->setFocus();
        return;
    }
    if (!ChartExporter::savePng(m_ws, chartName(), filePath(), imageSize(), scale(), &error)) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    QSettings settings;
    settings.setValue(sizeKey,
                      QStringLiteral("%1x%2").arg(m_width->value()).arg(m_height->value()));
    settings.setValue(scaleKey, scale());
    settings.setValue(folderKey, QFileInfo(filePath()).absolutePath());
    QDialog::accept();
}
