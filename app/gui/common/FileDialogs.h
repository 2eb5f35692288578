#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one way the window asks for a file name, with a seam: a test queues the
// answers, so nothing modal blocks it. The queue is shared by every caller (the
// window, the tabs, the chart dialog), so a test answers whichever asks next.
class FileDialogs
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);

    // The next dialogs return these names (an empty one means "cancelled").
    static void queueAnswer(const QString& fileName) { answers().append(fileName); }

private:
    static QStringList& answers();
};
