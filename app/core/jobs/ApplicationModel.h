#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/FollowUpRule.h"
#include "core/jobs/SalaryBand.h"
#include "core/storage/IdTableModel.h"

#include <QDate>
#include <QHash>
#include <functional>

class ApplicationStore;

// Every job application, one row each; the board and the table both show it.
// It follows the store's row signals (through IdTableModel), so one edit
// touches one row even with 20,000 applications.
class ApplicationModel : public IdTableModel<Application>
{
    Q_OBJECT
public:
    enum Column
    {
        CompanyColumn,
        RoleColumn,
        StageColumn,
        SourceColumn,
        CompanyTypeColumn,
        LocationColumn,
        AppliedColumn,
        DaysInStageColumn,
        FollowUpColumn,
        SalaryColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StageKeyRole,
        SortRole,
        CompanyTypeRole,
        SourceRole,
        DaysInStageRole,
        FollowUpDueRole,     // QDate, invalid when none is due
        FollowUpOverdueRole, // bool
        SearchTextRole,      // case-folded text the search box matches
        SalaryVerdictRole,   // SalaryBand::Verdict of the offer (or expectation) against the band
        SalaryTextRole,      // "11 LPA · in band"; empty without a salary
    };
    static inline const QString MimeType = QStringLiteral("application/x-roadmap-application-ids");

    explicit ApplicationModel(ApplicationStore& store, QObject* parent = nullptr);
    // From rows read earlier (by a ModelPrefetch, with ApplicationStore::loadAll
    // on its own connection); the caller applies what the store announced
    // since with update() and removeIds().
    ApplicationModel(ApplicationStore& store, QVector<Application> rows, QObject* parent = nullptr);

    void setToday(std::function<QDate()> today);
    // Cached: asking the clock costs a time-zone lookup, far too much for each
    // of the million data() calls that sorting 20,000 rows makes.
    QDate today() const { return m_todayCache; }
    // Re-reads the clock; when the day changed, days-in-stage and follow-ups update.
    void refreshToday();
    void setFollowUpRule(const FollowUpRule& rule);
    const FollowUpRule& followUpRule() const { return m_followUp; }
    // The plan's band per company type, for the offer shown against it.
    void setSalaryBands(const QHash<QString, SalaryBand>& bands);
    // The stage order the Stage column sorts by.
    void setStageOrder(const QStringList& order);

    const QVector<Application>& applications() const { return rows(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QVector<qint64> idsFromMime(const QMimeData* data);
    // The application behind an index of this model or of any proxy over it;
    // proxies sort with it instead of boxing values in QVariants.
    static const Application* applicationAt(const QModelIndex& index);

public slots:
    void reload();
    // These rows as the store holds them now.
    void update(const QVector<qint64>& ids);

public:
    using IdTableModel<Application>::removeIds;

private:
    QString salaryText(const Application& a, bool withBand) const;

    ApplicationStore& m_store;
    std::function<QDate()> m_today;
    QDate m_todayCache;
    FollowUpRule m_followUp;
    QStringList m_order;
    QHash<QString, SalaryBand> m_bands;
};
