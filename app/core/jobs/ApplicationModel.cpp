#include "ApplicationModel.h"

#include "ApplicationStore.h"

#include <QLocale>

ApplicationModel::ApplicationModel(ApplicationStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today([] { return QDate::currentDate(); })
{
    connect(&m_store, &ApplicationStore::applicationAdded, this, &ApplicationModel::reload);
    connect(&m_store, &ApplicationStore::applicationRemoved, this, &ApplicationModel::reload);
    reload();
}

void ApplicationModel::reload()
{
    beginResetModel();
    m_rows = m_store.loadAll();
    endResetModel();
}

int ApplicationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application& a = m_rows[index.row()];
    if (role == IdRole)
        return a.id;
    if (role == StageKeyRole)
        return a.stage;
    auto date = [role](const QDate& d) -> QVariant {
        if (role == SortRole)
            return d;
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case CompanyColumn:
            return a.company;
        case RoleColumn:
            return a.role;
        case StageColumn:
            return role == SortRole ? QVariant(int(Application::stageKeys().indexOf(a.stage)))
                                    : QVariant(Application::stageName(a.stage));
        case SourceColumn:
            return a.source;
        case AppliedColumn:
            return date(a.appliedOn);
        case FollowUpColumn:
            return date(a.followUpOn);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FollowUpColumn && a.followUpOn.isValid() &&
        a.followUpOn < m_today())
        return tr("Follow-up overdue by %n day(s)", "", int(a.followUpOn.daysTo(m_today())));
    return {};
}

QVariant ApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case RoleColumn:
        return tr("Role");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case AppliedColumn:
        return tr("Applied");
    case FollowUpColumn:
        return tr("Follow up");
    }
    return {};
}
