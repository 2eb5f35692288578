#include "RoadmapNode.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<RoadmapNode::Kind, const char16_t*>, 7> kindKeys = {{
    {RoadmapNode::Kind::Phase, u"phase"},
    {RoadmapNode::Kind::Month, u"month"},
    {RoadmapNode::Kind::Year, u"year"},
    {RoadmapNode::Kind::Week, u"week"},
    {RoadmapNode::Kind::Section, u"section"},
    {RoadmapNode::Kind::Deliverable, u"deliverable"},
    {RoadmapNode::Kind::Item, u"item"},
}};

const std::array<std::pair<RoadmapNode::Status, const char16_t*>, 4> statusKeys = {{
    {RoadmapNode::Status::Todo, u"todo"},
    {RoadmapNode::Status::Doing, u"doing"},
    {RoadmapNode::Status::Done, u"done"},
    {RoadmapNode::Status::Skipped, u"skipped"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    return QString::fromUtf16(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& key,
             Enum fallback)
{
    for (const auto& [e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return fallback;
}
template <typename Enum, std::size_t N>
QString codeSql(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& column,
                Enum fallback)
{
    // The keys are this file's constants, never user text, so they can be
    // spelled into the statement.
    QString sql = QStringLiteral("CASE ") + column;
    for (const auto& [e, key] : table)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QString::fromUtf16(key)).arg(int(e));
    return sql + QStringLiteral(" ELSE %1 END").arg(int(fallback));
}
} // namespace

QString RoadmapNode::kindCodeSql(const QString& column)
{
    return codeSql(kindKeys, column, Kind::Section);
}

QString RoadmapNode::statusCodeSql(const QString& column)
{
    return codeSql(statusKeys, column, Status::Todo);
}

QString RoadmapNode::kindKey(Kind kind)
{
    return keyOf(kindKeys, kind);
}

RoadmapNode::Kind RoadmapNode::kindFromKey(const QString& key)
{
    return valueOf(kindKeys, key, Kind::Section);
}

QString RoadmapNode::statusKey(Status status)
{
    return keyOf(statusKeys, status);
}

RoadmapNode::Status RoadmapNode::statusFromKey(const QString& key)
{
    return valueOf(statusKeys, key, Status::Todo);
}
