#pragma once

#include <QString>

class LocalTransport;

// Finds the LocalTransport plugin: linked in statically, or next to the
// executable as installed (PLANNER_PLUGIN_RELDIR from the binary's folder),
// or in a "roadmap-planner" folder on Qt's library paths (how tests point at
// the build tree). Loaded once; the plugin stays loaded for the process.
class LocalTransportLoader
{
public:
    // Null, with *error naming what was tried, when there is no plugin.
    static LocalTransport* load(QString* error);
};
