#pragma once

#include "core/Workspace.h"

#include <QTemporaryDir>
#include <memory>

// A new planner file in its own temporary folder, for tests that want a clean
// workspace per test function: call reopen() from init(), then use it like a
// pointer (m_ws->applications()).
class FreshWorkspace
{
public:
    // Closes the last file (before its folder goes) and opens a new one.
    bool reopen(const QString& fileName, QString* error)
    {
        m_ws.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<Workspace>();
        if (m_ws->open(m_dir->filePath(fileName)))
            return true;
        *error = m_ws->errorString();
        return false;
    }
    Workspace* operator->() const { return m_ws.get(); }
    Workspace& operator*() const { return *m_ws; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};
