#pragma once

#include <QByteArray>
#include <QString>

// The one way the planner writes a whole file: through QSaveFile, so a crash,
// a full disk or a failed write never leaves half a file where the old one was.
class AtomicFile
{
public:
    // Writes `bytes` to `path`, creating the folder when `createFolder`; on
    // failure leaves any old file as it was and sets *error to a sentence
    // naming the file.
    static bool write(const QString& path, const QByteArray& bytes, QString* error,
                      bool createFolder = false);
};
