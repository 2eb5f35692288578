#include "LocalTransportLoader.h"

#include "LocalTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>
#include <QStringList>

#ifdef PLANNER_STATIC_LOCAL_TRANSPORT
Q_IMPORT_PLUGIN(LocalSocketTransport)
#endif

namespace {
LocalTransport* find(QString* error)
{
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject* instance : statics) {
        if (auto* transport = qobject_cast<LocalTransport*>(instance))
            return transport;
    }
    QStringList folders{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/" PLANNER_PLUGIN_RELDIR))};
    const QStringList libraryPaths = QCoreApplication::libraryPaths();
    for (const QString& path : libraryPaths)
        folders.append(path + QStringLiteral("/roadmap-planner"));
    QStringList failures;
    for (const QString& folder : folders) {
        // QPluginLoader adds the platform's prefix and suffix.
        QPluginLoader loader(folder + QStringLiteral("/planner-localsocket"));
        if (auto* transport = qobject_cast<LocalTransport*>(loader.instance()))
            return transport;
        // An empty file name: nothing there; otherwise it would not load.
        failures.append(loader.fileName().isEmpty()
                            ? QDir::toNativeSeparators(folder)
                            : QDir::toNativeSeparators(loader.fileName()) + QStringLiteral(" (") +
                                  loader.errorString() + QLatin1Char(')'));
    }
    *error = QCoreApplication::translate("LocalTransportLoader",
                                         "the local command module is missing (looked in %1)")
                 .arg(failures.join(QStringLiteral(", ")));
    return nullptr;
}
} // namespace

LocalTransport* LocalTransportLoader::load(QString* error)
{
    static QString why;
    static LocalTransport* const transport = find(&why);
    if (!transport && error)
        *error = why;
    return transport;
}
