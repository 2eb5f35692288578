#include "CatalogueReader.h"

#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QString leetCodeBase = QStringLiteral("https://leetcode.com/problems/");

// Header names as LeetCode-style lists spell them, lower-cased, to our fields.
int columnOf(const QStringList& header, std::initializer_list<const char*> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        for (const char* name : names) {
            if (h == QLatin1String(name))
                return i;
        }
    }
    return -1;
}

// Company-wise lists exported from a spreadsheet keep the cell's formula:
// =HYPERLINK("https://leetcode.com/problems/two-sum/","Two Sum") is a title and a link.
void unwrapHyperlink(Problem& p)
{
    static const QRegularExpression formula(
        QStringLiteral("^=HYPERLINK\\(\\s*\"([^\"]*)\"\\s*[,;]\\s*\"([^\"]*)\"\\s*\\)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = formula.match(p.title);
    if (!m.hasMatch() || m.captured(2).trimmed().isEmpty())
        return;
    if (p.link.isEmpty())
        p.link = m.captured(1).trimmed();
    // Text after the formula (a stray character after its closing quote) is the user's too.
    p.title = QString(m.captured(2) + u' ' + m.captured(3)).simplified();
}

void fillSlug(Problem& p)
{
    const QString fromLink = Problem::slugFromLink(p.link);
    p.slug = fromLink.isEmpty() ? Problem::slugify(p.title) : fromLink;
}
} // namespace

QString CatalogueReader::catalogueName(const QString& key)
{
    if (key == QLatin1String("neetcode150"))
        return QStringLiteral("NeetCode 150");
    if (key == QLatin1String("blind75"))
        return QStringLiteral("Blind 75");
    return key;
}

CatalogueReader::Result CatalogueReader::read(const QByteArray& bytes)
{
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (start.startsWith('[') || start.startsWith('{'))
        return readJson(bytes);
    return readCsv(bytes);
}

CatalogueReader::Result CatalogueReader::builtIn()
{
    QFile file(QStringLiteral(":/catalogue/neetcode150.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("the built-in catalogue is missing from this build");
        return r;
    }
    return readJson(file.readAll());
}

CatalogueReader::Result CatalogueReader::readJson(const QByteArray& bytes)
{
    Result result;
    result.format = Format::NeetCodeJson;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("not valid JSON at byte %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString())
                           : tr("expected a JSON array of problems");
        return result;
    }
    const QJsonArray entries = doc.array();
    for (int i = 0; i < entries.size(); ++i) {
        const int entry = i + 1;
        const QJsonObject o = entries[i].toObject();
        Problem p;
        p.title = o.value(QStringLiteral("problem")).toString().trimmed();
        if (p.title.isEmpty()) {
            result.issues.append({entry, QStringLiteral("problem"), tr("the title is missing")});
            continue;
        }
        bool ok = false;
        const QString difficulty = o.value(QStringLiteral("difficulty")).toString();
        p.difficulty = Problem::difficultyFromKey(difficulty, &ok);
        if (!ok) {
            result.issues.append({entry, QStringLiteral("difficulty"),
                                  tr("'%1' is not Easy, Medium or Hard").arg(difficulty)});
            continue;
        }
        const QString link = o.value(QStringLiteral("link")).toString().trimmed();
        if (!link.isEmpty())
            p.link = link.startsWith(QLatin1String("http")) ? link : leetCodeBase + link;
        const QString pattern = o.value(QStringLiteral("pattern")).toString().trimmed();
        if (!pattern.isEmpty())
            p.topics = {pattern};
        for (const char* key : {"neetcode150", "blind75"}) {
            if (o.value(QLatin1String(key)).toBool())
                p.catalogues.append(QString::fromLatin1(key));
        }
        fillSlug(p);
        result.rows.append({entry, p});
    }
    return result;
}

CatalogueReader::Result CatalogueReader::readCsv(const QByteArray& bytes)
{
    Result result;
    result.format = Format::Csv;
    // Lenient: a record with a stray quote keeps its recovered text and imports
    // with a warning naming its line and field; the rest of the file still lines up.
    const CsvReader::Result csv = CsvReader::parse(bytes, u',', CsvReader::Mode::Lenient);
    const QVector<CsvReader::Row>& records = csv.rows;
    if (records.isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }
    if (const CsvReader::Error* e = csv.errorOn(records.first().line)) {
        result.error = tr("line %1: the header row is malformed: %2").arg(e->line).arg(e->message);
        return result;
    }
    const QStringList header = records.first().fields;
    const int title = columnOf(header, {"title", "problem", "name", "question"});
    const int difficulty = columnOf(header, {"difficulty", "level"});
    const int link = columnOf(header, {"link", "url", "leetcode link", "problem link"});
    const int topics = columnOf(header, {"topics", "topic", "related topics", "pattern"});
    const int companies = columnOf(header, {"companies", "company"});
    const int status = columnOf(header, {"status"});
    const int tags = columnOf(header, {"tags"});
    if (title < 0) {
        result.error = tr("line 1: no Title column in the header (found: %1)")
                           .arg(header.join(QStringLiteral(", ")));
        return result;
    }
    for (int r = 1; r < records.size(); ++r) {
        const CsvReader::Row& rec = records[r];
        if (rec.fields.size() != header.size()) {
            result.issues.append(
                {rec.line, QString(),
                 tr("%1 fields, but the header has %2").arg(rec.fields.size()).arg(header.size())});
            continue;
        }
        Problem p;
        p.title = rec.fields[title].trimmed();
        if (p.title.isEmpty()) {
            result.issues.append({rec.line, header[title], tr("the title is empty")});
            continue;
        }
        if (difficulty >= 0 && !rec.fields[difficulty].trimmed().isEmpty()) {
            bool ok = false;
            p.difficulty = Problem::difficultyFromKey(rec.fields[difficulty], &ok);
            if (!ok) {
                result.issues.append(
                    {rec.line, header[difficulty],
                     tr("'%1' is not Easy, Medium or Hard").arg(rec.fields[difficulty])});
                continue;
            }
        }
        if (status >= 0 && !rec.fields[status].trimmed().isEmpty()) {
            bool ok = false;
            p.status = Problem::statusFromKey(rec.fields[status], &ok);
            if (!ok) {
                result.issues.append(
                    {rec.line, header[status],
                     tr("'%1' is not todo, attempted, solved or revisit").arg(rec.fields[status])});
                continue;
            }
        }
        if (link >= 0)
            p.link = rec.fields[link].trimmed();
        if (topics >= 0)
            p.topics = Problem::splitList(rec.fields[topics]);
        if (companies >= 0)
            p.companies = Problem::splitList(rec.fields[companies]);
        if (tags >= 0)
            p.tags = Problem::splitList(rec.fields[tags]);
        unwrapHyperlink(p);
        fillSlug(p);
        if (const CsvReader::Error* e = csv.errorOn(rec.line))
            result.warnings.append({rec.line, header.value(e->field - 1), e->message});
        result.rows.append({rec.line, p});
    }
    return result;
}
