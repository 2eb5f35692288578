#include "ProblemModel.h"

#include "core/dsa/ProblemStore.h"

#include <QDate>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <climits>
#include <numeric>

ProblemModel::ProblemModel(ProblemStore& store, QObject* parent)
    : ProblemModel(store, read(store), parent)
{}

ProblemModel::ProblemModel(ProblemStore& store, Rows rows, QObject* parent)
    : IdTableModel<Problem>(parent)
    , m_store(store)
{
    connect(&m_store, &ProblemStore::rowsInserted, this, &ProblemModel::update);
    connect(&m_store, &ProblemStore::rowsChanged, this, &ProblemModel::update);
    connect(&m_store, &ProblemStore::rowsRemoved, this, &ProblemModel::removeIds);
    connect(&m_store, &ProblemStore::reset, this, &ProblemModel::reload);
    setRows(std::move(rows));
}

ProblemModel::Rows ProblemModel::read(const ProblemStore& store)
{
    QVector<Problem> problems = store.loadAll();
    // The collation keys are most of the cost of the first sort (150 ms at
    // 100,000 problems), and moving the rows into that order is most of the
    // rest; both happen here, off the main thread when prefetched.
    const QVector<int> order = titleOrder(problems, false);
    Rows rows;
    rows.problems.reserve(problems.size());
    rows.search.reserve(problems.size());
    for (const int i : order) {
        rows.search.append(haystack(problems[i]));
        rows.problems.append(std::move(problems[i]));
    }
    return rows;
}

QVector<int> ProblemModel::titleOrder(const QVector<Problem>& rows, bool descending)
{
    QVector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Natural order, as people number problems: "Problem 2" before "Problem 10".
    // One collation key per row, then cheap key compares.
    const QCollator collator = titleCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows.size()));
    for (const Problem& p : rows)
        keys.push_back(collator.sortKey(p.title));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return descending ? keys[size_t(b)].compare(keys[size_t(a)]) < 0
                          : keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    return order;
}

QString ProblemModel::haystack(const Problem& p)
{
    return QStringList{p.title, p.topics.join(u' '), p.companies.join(u' '), p.tags.join(u' ')}
        .join(u' ')
        .toLower();
}

void ProblemModel::reload()
{
    setRows(read(m_store));
}

void ProblemModel::setRows(Rows rows)
{
    // The search texts change inside the reset, so no view sees them mismatched.
    resetRows(std::move(rows.problems), [&] {
        m_search = std::move(rows.search);
        m_inTitleOrder = true;
    });
    applySort();
}

void ProblemModel::rowWritten(int row, bool inserted)
{
    m_inTitleOrder = false;
    if (inserted)
        m_search.insert(row, haystack(m_rows[row]));
    else
        m_search[row] = haystack(m_rows[row]);
}

void ProblemModel::rowsErased(int row, int count)
{
    m_inTitleOrder = false;
    m_search.remove(row, count);
}

void ProblemModel::update(const QVector<qint64>& ids)
{
    applyRows(m_store.load(ids));
    // Edited or added rows take their place in the current order.
    applySort();
}

void ProblemModel::sort(int column, Qt::SortOrder order)
{
    // A view re-applies its sort when it is shown: already in that order, nothing to do.
    if (column == m_sortColumn && order == m_sortOrder && m_sorted)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort(); // the DSA tab's first sort, by title, finds the rows already so
}

void ProblemModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (column == TitleColumn && !descending && m_inTitleOrder) {
        m_sorted = true; // still as read() ordered them: nothing moves
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    const QVector<Problem>& rowsNow = std::as_const(m_rows);
    if (column == TitleColumn) {
        order = titleOrder(rowsNow, descending);
    } else if (column == TopicsColumn) {
        // Text columns: fold case once per row, then compare plainly — the
        // same order as a case-insensitive compare, without redoing it n log n times.
        QVector<QString> keys(rowsNow.size());
        for (int i = 0; i < rowsNow.size(); ++i)
            keys[i] = rowsNow[i].topics.join(u',').toCaseFolded();
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = compare(rowsNow[a], rowsNow[b], column);
            return descending ? c > 0 : c < 0;
        });
    }
    m_sorted = true;
    QVector<Problem> rows;
    QVector<QString> search;
    rows.reserve(m_rows.size());
    search.reserve(m_rows.size());
    QVector<int> newRow(m_rows.size());
    for (int i = 0; i < order.size(); ++i) {
        rows.append(std::move(m_rows[order[i]]));
        search.append(std::move(m_search[order[i]]));
        newRow[order[i]] = i;
    }
    m_rows = std::move(rows);
    m_search = std::move(search);
    m_inTitleOrder = column == TitleColumn && !descending;
    reindexFrom(0);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from)
        to.append(index.isValid() ? createIndex(newRow[index.row()], index.column())
                                  : QModelIndex());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ProblemModel::topicNames() const
{
    QSet<QString> names;
    for (const Problem& p : m_rows) {
        for (const QString& t : p.topics)
            names.insert(t);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int ProblemModel::countWithStatus(Problem::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Problem& p) { return p.status == status; }));
}

QCollator ProblemModel::titleCollator()
{
    // The C locale (a bare LANG=C session) collates by code point and has no
    // numeric mode; English ordering is the closest natural one.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

int ProblemModel::compare(const Problem& a, const Problem& b, int column)
{
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case TitleColumn: {
        // Built once per thread: a collator is costly to make and not to be shared.
        static thread_local const QCollator collator = titleCollator();
        return collator.compare(a.title, b.title);
    }
    case TopicsColumn:
        return a.topics.join(u',').compare(b.topics.join(u','), Qt::CaseInsensitive);
    case DifficultyColumn:
        return cmp(int(a.difficulty), int(b.difficulty));
    case StatusColumn:
        return cmp(int(a.status), int(b.status));
    case ConfidenceColumn:
        return cmp(a.confidence, b.confidence);
    case ReviewColumn:
        // Problems without a review sort after every date.
        return cmp(a.reviewDue.isValid() ? a.reviewDue.toJulianDay() : LLONG_MAX,
                   b.reviewDue.isValid() ? b.reviewDue.toJulianDay() : LLONG_MAX);
    case SolvedColumn:
        return cmp(a.solvedOn.isValid() ? a.solvedOn.toJulianDay() : LLONG_MIN,
                   b.solvedOn.isValid() ? b.solvedOn.toJulianDay() : LLONG_MIN);
    }
    return 0;
}

QString ProblemModel::difficultyName(Problem::Difficulty d)
{
    switch (d) {
    case Problem::Difficulty::Easy:
        return tr("Easy");
    case Problem::Difficulty::Medium:
        return tr("Medium");
    case Problem::Difficulty::Hard:
        return tr("Hard");
    }
    return {};
}

QString ProblemModel::statusName(Problem::Status s)
{
    switch (s) {
    case Problem::Status::Todo:
        return tr("To do");
    case Problem::Status::Attempted:
        return tr("Attempted");
    case Problem::Status::Solved:
        return tr("Solved");
    case Problem::Status::Revisit:
        return tr("Revisit");
    }
    return {};
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& p = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return p.id;
    case SearchRole:
        return m_search[index.row()];
    case TopicsRole:
        return p.topics;
    case DifficultyRole:
        return int(p.difficulty);
    case StatusRole:
        return int(p.status);
    case ReviewDueRole:
        return p.reviewDue;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && !p.link.isEmpty() ? QVariant(p.link) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                  : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case TitleColumn:
        return p.title;
    case TopicsColumn:
        return p.topics.join(QStringLiteral(", "));
    case DifficultyColumn:
        return sort ? QVariant(int(p.difficulty)) : difficultyName(p.difficulty);
    case StatusColumn:
        return sort ? QVariant(int(p.status)) : statusName(p.status);
    case ConfidenceColumn:
        return sort || p.confidence > 0 ? QVariant(p.confidence) : QVariant(QString());
    case ReviewColumn:
        if (sort)
            return p.reviewDue.isValid() ? p.reviewDue : QDate(9999, 12, 31);
        return p.reviewDue.isValid() ? QLocale().toString(p.reviewDue, QLocale::ShortFormat)
                                     : QString();
    case SolvedColumn:
        if (sort)
            return p.solvedOn;
        return p.solvedOn.isValid() ? QLocale().toString(p.solvedOn, QLocale::ShortFormat)
                                    : QString();
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Problem");
    case TopicsColumn:
        return tr("Topics");
    case DifficultyColumn:
        return tr("Difficulty");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReviewColumn:
        return tr("Next review");
    case SolvedColumn:
        return tr("Solved on");
    }
    return {};
}
