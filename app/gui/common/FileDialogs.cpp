#include "FileDialogs.h"

#include <QFileDialog>

QStringList& FileDialogs::answers()
{
    static QStringList queued;
    return queued;
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}
