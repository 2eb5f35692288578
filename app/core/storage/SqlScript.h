#pragma once

#include <QStringList>

// Splits an SQL script into single statements, because the Qt SQLite driver runs
// only the first statement of a query. Understands quotes and comments; it does
// not understand trigger bodies (BEGIN ... END), which our migrations avoid.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
