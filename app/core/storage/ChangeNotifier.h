#pragma once

#include <QObject>
#include <QVector>

// What one write did to a store's rows. A row deleted and written again under
// the same id (an edit that replaces a record) counts as changed.
struct ChangeSet
{
    QVector<qint64> inserted;
    QVector<qint64> changed;
    QVector<qint64> removed;

    bool isEmpty() const { return inserted.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    int size() const { return int(inserted.size() + changed.size() + removed.size()); }
    // From the ids a write deleted and the ids it wrote afterwards.
    static ChangeSet fromReplace(const QVector<qint64>& deleted, const QVector<qint64>& written);
};

// The house's change protocol. Every store derives from this and announces each
// committed write with these signals, so a model, a rule or a summary listens to
// any store the same way. Signals are sent only after the transaction commits:
// a listener never reads a half-done write.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Past this many rows one reset is cheaper for every listener than row signals.
    static constexpr int ResetThreshold = 1000;

    // For writers that bypass the row methods (an import, a re-dating, a restore).
    void announceReset();
    void announce(const ChangeSet& changes);
    void announceChanged(const QVector<qint64>& ids) { announce({{}, ids, {}}); }
    void announceInserted(const QVector<qint64>& ids) { announce({ids, {}, {}}); }
    void announceRemoved(const QVector<qint64>& ids) { announce({{}, {}, ids}); }

signals:
    void rowsInserted(const QVector<qint64>& ids);
    void rowsChanged(const QVector<qint64>& ids);
    void rowsRemoved(const QVector<qint64>& ids);
    // Anything may have changed: re-read everything.
    void reset();
    // Once after each of the above, for summaries that do not care which rows.
    void changed();
};
