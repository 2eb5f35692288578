#include "ReadOnlyBanner.h"

#include "core/storage/Database.h"
#include "gui/common/FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

ReadOnlyBanner::ReadOnlyBanner(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAccessibleName(tr("Read-only"));
    // The tool-tip roles, as the reminder bar: they stand out in light and
    // dark palettes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    const QString file = QDir::toNativeSeparators(db.path());
    m_label->setObjectName(QStringLiteral("readOnlyLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setText(db.readOnlyOnRequest()
                         ? tr("Read-only, as asked: %1. You can look at everything; changes are "
                              "not saved.")
                               .arg(file)
                         : tr("Read-only: %1 cannot be written (a read-only disk or folder, or "
                              "no permission). You can look at everything; changes are not "
                              "saved.")
                               .arg(file));

    auto* copy = new QPushButton(tr("Save a Copy to &Edit…"), this);
    copy->setObjectName(QStringLiteral("saveCopyButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString path = saveCopy();
        if (!path.isEmpty())
            emit openCopyRequested(path);
    });

    // A lock-like sign and a rule below, so the strip reads apart from the
    // reminder bar of the same colour that may show under it.
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("readOnlyIcon"));
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(side, side));
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(icon);
    row->addWidget(m_label, 1);
    row->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    row->setContentsMargins(9, 6, 9, 6);
    layout->addLayout(row);
    layout->addWidget(rule);
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

QString ReadOnlyBanner::saveCopy()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1 (copy).sqlite").arg(QFileInfo(m_db.path()).completeBaseName()));
    const QString path =
        FileDialogs::saveFileName(this, tr("Save a Copy to Edit"), suggested,
                                  tr("Planner databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save a Copy to Edit"),
                             tr("Choose another name: %1 is the read-only file itself.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    QString error;
    // A consistent copy even of a file another program is writing (VACUUM INTO).
    if (!m_db.copyTo(path, &error)) {
        QMessageBox::warning(this, tr("Save a Copy to Edit"),
                             tr("Could not write %1 (%2). Nothing was changed.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    QMessageBox box(QMessageBox::Question, tr("Save a Copy to Edit"),
                    tr("Saved a copy as %1. Open it now? The planner restarts on the copy; the "
                       "read-only file stays as it is.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openCopyMessageBox"));
    QPushButton* open = box.addButton(tr("&Open the Copy"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open ? path : QString();
}
