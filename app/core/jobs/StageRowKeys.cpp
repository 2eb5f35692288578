#include "StageRowKeys.h"

#include "core/jobs/ApplicationModel.h"

#include <QAbstractItemModel>
#include <algorithm>

StageRowKeys::StageRowKeys(QAbstractItemModel* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    // Rows that come, go or move renumber the rest: read all again, lazily,
    // when a column next asks.
    const auto stale = [this] { m_stale = true; };
    connect(m_source, &QAbstractItemModel::rowsInserted, this, stale);
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(m_source, &QAbstractItemModel::rowsMoved, this, stale);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, stale);
    connect(m_source, &QAbstractItemModel::modelReset, this, stale);
    // An edit keeps the numbering: only its rows are read again.
    connect(m_source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (!m_stale)
                    readRows(topLeft.row(), bottomRight.row());
            });
}

const StageRowKeys::Key* StageRowKeys::at(int sourceRow) const
{
    if (m_stale)
        rebuild();
    if (sourceRow < 0 || sourceRow >= m_keys.size())
        return nullptr;
    return &m_keys[sourceRow];
}

QVector<int> StageRowKeys::rowsIn(const QString& stage) const
{
    if (m_stale)
        rebuild();
    QVector<int> rows;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys[row].stage == stage)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        const Key& l = m_keys[a];
        const Key& r = m_keys[b];
        if (l.since != r.since)
            return l.since > r.since;
        return l.id > r.id;
    });
    return rows;
}

void StageRowKeys::rebuild() const
{
    m_keys.resize(m_source->rowCount());
    readRows(0, int(m_keys.size()) - 1);
    m_stale = false;
}

void StageRowKeys::readRows(int first, int last) const
{
    for (int row = std::max(first, 0); row <= last && row < m_keys.size(); ++row) {
        const QModelIndex index = m_source->index(row, 0);
        if (const Application* a = ApplicationModel::applicationAt(index)) {
            m_keys[row] = {a->stage, a->stageSince, a->id};
        } else {
            m_keys[row] = {index.data(ApplicationModel::StageKeyRole).toString(),
                           {},
                           index.data(ApplicationModel::IdRole).toLongLong()};
        }
    }
}
