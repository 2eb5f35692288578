#include "CsvWriter.h"

QString CsvWriter::cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v != v.trimmed()) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

QString CsvWriter::row(const QStringList& values)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString& v : values)
        cells.append(cell(v));
    return cells.join(u',') + QStringLiteral("\r\n");
}
