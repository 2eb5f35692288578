#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <algorithm>
#include <functional>

// The one id -> row index of the house's table models, and the one place that
// turns a store's rowsInserted / rowsChanged / rowsRemoved into the model's
// beginInsertRows / dataChanged / beginRemoveRows, so views keep their
// selection and scroll position. Row is any type with a qint64 `id`.
template <typename Row> class IdTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    const QVector<Row>& rows() const { return m_rows; }

protected:
    // Every row replaced (a reset); `during` changes what else the reset covers
    // (columns, say) while views are told to forget everything.
    void resetRows(QVector<Row> rows, const std::function<void()>& during = {})
    {
        beginResetModel();
        if (during)
            during();
        m_rows = std::move(rows);
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        reindexFrom(0);
        endResetModel();
    }

    // Rows as the store holds them now: those with a row are updated in place,
    // the others are inserted where insertionRow() says.
    void applyRows(const QVector<Row>& fresh)
    {
        for (const Row& r : fresh) {
            const int row = rowOf(r.id);
            if (row >= 0) {
                m_rows[row] = r;
                rowWritten(row, false);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                continue;
            }
            const int at = std::clamp(insertionRow(r), 0, int(m_rows.size()));
            beginInsertRows({}, at, at);
            m_rows.insert(at, r);
            reindexFrom(at);
            rowWritten(at, true);
            endInsertRows();
        }
    }

    // Removes the rows of these ids, in contiguous runs.
    void removeIds(const QVector<qint64>& ids)
    {
        QVector<int> doomed;
        for (const qint64 id : ids) {
            const int row = rowOf(id);
            if (row >= 0)
                doomed.append(row);
        }
        std::sort(doomed.begin(), doomed.end());
        doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
        // From the bottom up, so the rows above keep their numbers; the index
        // is renumbered once at the end, not once per run.
        for (int i = int(doomed.size()) - 1; i >= 0;) {
            int first = i;
            while (first > 0 && doomed[first - 1] == doomed[first] - 1)
                --first;
            const int from = doomed[first];
            const int to = doomed[i];
            beginRemoveRows({}, from, to);
            for (int r = from; r <= to; ++r)
                m_rowOf.remove(m_rows[r].id);
            m_rows.remove(from, to - from + 1);
            rowsErased(from, to - from + 1);
            endRemoveRows();
            i = first - 1;
        }
        if (!doomed.isEmpty())
            reindexFrom(doomed.first());
    }

    // After the rows were put in a new order (a sort), between the caller's
    // layoutAboutToBeChanged and layoutChanged.
    void reindexFrom(int row)
    {
        for (int i = row; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows[i].id, i);
    }

    // Where a new row goes: at the end unless the model keeps an order.
    virtual int insertionRow(const Row& row) const
    {
        Q_UNUSED(row);
        return int(m_rows.size());
    }
    // Hooks for models that keep a per-row cache beside the rows.
    // A row was written at `row`, newly inserted there or updated in place.
    virtual void rowWritten(int row, bool inserted)
    {
        Q_UNUSED(row);
        Q_UNUSED(inserted);
    }
    virtual void rowsErased(int row, int count)
    {
        Q_UNUSED(row);
        Q_UNUSED(count);
    }

    QVector<Row> m_rows;

private:
    QHash<qint64, int> m_rowOf;
};
