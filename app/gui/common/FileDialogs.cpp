#include "FileDialogs.h"

#include <QFileDialog>

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}
