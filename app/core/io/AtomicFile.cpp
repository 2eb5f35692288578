#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error,
                       bool createFolder)
{
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (createFolder && !QDir().mkpath(folder))
        return fail(QCoreApplication::translate("AtomicFile", "%1: cannot create the folder")
                        .arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("AtomicFile", "%1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
