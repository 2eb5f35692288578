#include "Autostart.h"

#include "core/io/AtomicFile.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString Label = QStringLiteral("io.github.roadmapplanner.RoadmapPlanner");

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

#if !defined(Q_OS_WIN)
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

// Exec quoting per the Desktop Entry spec: each argument in double quotes,
// with ", `, $ and \ escaped; then % doubled, as Exec field codes use it.
QString desktopQuote(QString text)
{
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        text.replace(c, QStringLiteral("\\") + c);
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// CommandLineToArgvW's rules: backslashes are literal unless they precede a
// quote, so those before a quote (and before the closing quote) are doubled.
QString windowsQuote(const QString& text)
{
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"'))
            backslashes = backslashes * 2 + 1;
        quoted += QString(backslashes, QLatin1Char('\\')) + c;
        backslashes = 0;
    }
    return quoted + QString(backslashes * 2, QLatin1Char('\\')) + QLatin1Char('"');
}
} // namespace

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return RunKey + QLatin1Char('\\') + ValueName;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + Label +
           QStringLiteral(".plist");
#else
    // GenericConfigLocation honours $XDG_CONFIG_HOME, as the autostart spec asks.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + Label + QStringLiteral(".desktop");
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

QStringList Autostart::arguments(const QString& databasePath)
{
    QStringList args{QStringLiteral("--minimized")};
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    if (!databasePath.isEmpty() && path != QFileInfo(Database::defaultPath()).absoluteFilePath())
        args << QStringLiteral("--database") << QDir::toNativeSeparators(path);
    return args;
}

QString Autostart::desktopEntry(const QString& program, const QStringList& arguments)
{
    QStringList exec{desktopQuote(program)};
    for (const QString& argument : arguments)
        exec << desktopQuote(argument);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Roadmap Planner\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec.join(QLatin1Char(' ')), Label);
}

QString Autostart::launchAgentPlist(const QString& program, const QStringList& arguments)
{
    QString strings = QStringLiteral("<string>%1</string>").arg(program.toHtmlEscaped());
    for (const QString& argument : arguments)
        strings += QStringLiteral("<string>%1</string>").arg(argument.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\"><dict>\n"
                          "  <key>Label</key><string>%1</string>\n"
                          "  <key>ProgramArguments</key><array>%2</array>\n"
                          "  <key>RunAtLoad</key><true/>\n"
                          "</dict></plist>\n")
        .arg(Label, strings);
}

QString Autostart::windowsCommandLine(const QString& program, const QStringList& arguments)
{
    QStringList parts{windowsQuote(program)};
    for (const QString& argument : arguments)
        parts << windowsQuote(argument);
    return parts.join(QLatin1Char(' '));
}

bool Autostart::setEnabled(bool enabled, QString* error, const QString& program,
                           const QString& databasePath)
{
    const QString exe = QDir::toNativeSeparators(
        program.isEmpty() ? QCoreApplication::applicationFilePath() : program);
    const QStringList args = arguments(databasePath);
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(ValueName, windowsCommandLine(exe, args));
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
    return AtomicFile::write(location(), launchAgentPlist(exe, args).toUtf8(), error, true);
#else
    if (!enabled)
        return removeFile(location(), error);
    return AtomicFile::write(location(), desktopEntry(exe, args).toUtf8(), error, true);
#endif
}
