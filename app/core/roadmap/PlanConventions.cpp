#include "PlanConventions.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
const QRegularExpression& rx(const char* pattern)
{
    // Patterns are compile-time constants; compile each once per pattern text.
    static thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern,
                          QRegularExpression(QString::fromUtf8(pattern),
                                             QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

int monthNumber(const QString& name)
{
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m) {
        if (name.compare(c.monthName(m, QLocale::LongFormat), Qt::CaseInsensitive) == 0 ||
            name.compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return m;
    }
    return 0;
}
} // namespace

PlanConventions::Heading PlanConventions::classifyHeading(const QString& title, int level)
{
    Heading h;
    const QString t = title.trimmed();
    QRegularExpressionMatch m;
    if ((m = rx(R"(^month\s+(\d{1,3})\b)").match(t)).hasMatch()) {
        h.kind = RoadmapNode::Kind::Month;
        h.number = m.captured(1).toInt();
    } else if ((m = rx(R"(^year\s+(\d{1,2})\b)").match(t)).hasMatch()) {
        h.kind = RoadmapNode::Kind::Year;
        h.number = m.captured(1).toInt();
    } else if ((m = rx(R"(^weeks?\s+(\d{1,3})(?:\s*[-–—]\s*(\d{1,3}))?\b)").match(t)).hasMatch()) {
        h.kind = RoadmapNode::Kind::Week;
        h.number = m.captured(1).toInt();
        h.lastWeek = m.captured(2).isEmpty() ? h.number : m.captured(2).toInt();
        if (h.lastWeek < h.number)
            h.lastWeek = h.number;
    } else if (rx(R"(^deliverables?\b)").match(t).hasMatch()) {
        h.kind = RoadmapNode::Kind::Deliverable;
    } else if (level == 1 && rx(R"(^phase\b)").match(t).hasMatch()) {
        h.kind = RoadmapNode::Kind::Phase;
    }
    return h;
}

std::optional<std::pair<QString, int>> PlanConventions::topicTarget(const QString& itemTitle)
{
    const auto m = rx(R"(^(.*?)\s*\((\d{1,4})\s+problems?\))").match(itemTitle);
    if (!m.hasMatch() || m.captured(1).trimmed().isEmpty())
        return std::nullopt;
    return std::make_pair(m.captured(1).trimmed(), m.captured(2).toInt());
}

std::optional<std::pair<int, int>> PlanConventions::dailyApplicationGoal(const QString& text)
{
    const auto m =
        rx(R"((\d{1,3})\s*(?:[-–—]|to)\s*(\d{1,3})\s+(?:jobs|applications)\s+(?:daily|a day|per day))")
            .match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int low = m.captured(1).toInt();
    const int high = m.captured(2).toInt();
    if (low <= 0 || high < low)
        return std::nullopt;
    return std::make_pair(low, high);
}

std::optional<PlanConventions::SkillBar> PlanConventions::skillBar(const QString& line)
{
    // "Python ████████████░░ (Expert)": full and empty block characters.
    const auto m = rx(R"(^\s*(.+?)\s+([█▓▒░]{2,})\s*(?:\((.*)\))?\s*$)").match(line);
    if (!m.hasMatch())
        return std::nullopt;
    SkillBar bar;
    bar.skill = m.captured(1).trimmed();
    const QString cells = m.captured(2);
    bar.cells = int(cells.size());
    bar.level = int(cells.count(QChar(0x2588)));
    bar.label = m.captured(3).trimmed();
    return bar;
}

std::optional<PlanConventions::Milestone> PlanConventions::milestone(const QString& headingTitle)
{
    const auto m = rx(R"(\b(month|year)\s+(\d{1,3})\b)").match(headingTitle);
    if (!m.hasMatch())
        return std::nullopt;
    Milestone ms;
    ms.isYear = m.captured(1).compare(QLatin1String("year"), Qt::CaseInsensitive) == 0;
    ms.number = m.captured(2).toInt();
    return ms;
}

QDate PlanConventions::planStart(const QString& text)
{
    const char* monthYear =
        R"((January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{4}))";
    const QString nearStart = QStringLiteral(R"((?:date|start(?:s|ed|ing)?)\W[^\n]{0,40}?)") +
                              QString::fromUtf8(monthYear);
    auto m = QRegularExpression(nearStart, QRegularExpression::CaseInsensitiveOption).match(text);
    if (!m.hasMatch())
        m = rx(monthYear).match(text);
    if (!m.hasMatch())
        return {};
    const int month = monthNumber(m.captured(1).left(3));
    const int year = m.captured(2).toInt();
    if (month == 0 || year < 1900 || year > 2200)
        return {};
    return QDate(year, month, 1);
}
