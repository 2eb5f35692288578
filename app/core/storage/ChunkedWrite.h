#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;
class QObject;

// The write step every import shares (roadmap, problems, applications): all of
// it in one transaction, in chunks, asking a progress callback between chunks,
// so a long import shows progress and a cancel rolls everything back. The
// store's change signals are held back while it runs, so a cancelled import
// never shows rows that were rolled back; the caller announces once it is in.
class ChunkedWrite
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedWrite)

public:
    // Returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    // Writes rows [from, to); false when it failed.
    using Write = std::function<bool(int from, int to)>;

    static constexpr int chunkSize = 100;

    // False when it failed (*error says why) or was cancelled (*cancelled).
    static bool run(Database& db, QObject& store, int total, const Write& write,
                    const Progress& progress, QString* error, bool* cancelled);
};
