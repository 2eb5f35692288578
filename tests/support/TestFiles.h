#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

// Small helpers shared by the tests.
namespace TestFiles {

inline QString data(const QString& name)
{
    return QStringLiteral(PLANNER_TEST_DATA "/") + name;
}

inline QByteArray read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray hash(const QString& path)
{
    return QCryptographicHash::hash(read(path), QCryptographicHash::Sha256);
}

} // namespace TestFiles
