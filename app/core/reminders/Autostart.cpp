#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString programPath(const QString& program)
{
    return program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
}

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

#if !defined(Q_OS_WIN)
bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(error, QCoreApplication::translate("Autostart", "%1: cannot create the folder")
                               .arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(
            error,
            QCoreApplication::translate("Autostart", "%1: %2").arg(path, file.errorString()));
    return true;
}

bool removeFile(const QString& path, QString* error)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(error,
                    QCoreApplication::translate("Autostart", "%1: cannot remove it").arg(path));
    return true;
}
#endif

#if defined(Q_OS_WIN)
const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("RoadmapPlanner");
#endif
} // namespace

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return RunKey + QLatin1Char('\\') + ValueName;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() +
           QStringLiteral("/Library/LaunchAgents/io.github.roadmapplanner.RoadmapPlanner.plist");
#else
    // GenericConfigLocation honours $XDG_CONFIG_HOME, as the autostart spec asks.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.roadmapplanner.RoadmapPlanner.desktop");
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(ValueName);
#else
    return QFile::exists(location());
#endif
}

bool Autostart::setEnabled(bool enabled, QString* error, const QString& program)
{
    const QString exe = QDir::toNativeSeparators(programPath(program));
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(ValueName, QStringLiteral("\"%1\"").arg(exe));
    else
        run.remove(ValueName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return fail(
            error, QCoreApplication::translate("Autostart", "%1: cannot write it").arg(location()));
    return true;
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return removeFile(location(), error);
    const QString plist =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
            "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\"><dict>\n"
            "  <key>Label</key><string>io.github.roadmapplanner.RoadmapPlanner</string>\n"
            "  <key>ProgramArguments</key><array><string>%1</string></array>\n"
            "  <key>RunAtLoad</key><true/>\n"
            "</dict></plist>\n")
            .arg(exe.toHtmlEscaped());
    return writeFile(location(), plist.toUtf8(), error);
#else
    if (!enabled)
        return removeFile(location(), error);
    // Exec quoting per the Desktop Entry spec: the path in double quotes,
    // with ", `, $ and \ escaped.
    QString quoted = exe;
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        quoted.replace(c, QStringLiteral("\\") + c);
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Roadmap Planner\n"
                                         "Exec=\"%1\"\n"
                                         "Icon=io.github.roadmapplanner.RoadmapPlanner\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(quoted);
    return writeFile(location(), entry.toUtf8(), error);
#endif
}
