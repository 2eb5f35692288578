#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs with a seam: a test queues the answers, so nothing modal blocks it.
class FileDialogs
{
public:
    QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                         const QString& filter);

    // The next dialogs return these names (an empty one means "cancelled").
    void queueAnswer(const QString& fileName) { m_answers.append(fileName); }

private:
    QStringList m_answers;
};
